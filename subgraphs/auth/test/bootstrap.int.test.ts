import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { DatabaseHandle } from '@cspmexa/server-kit';
import { openTestDatabase, silentLogger } from '@cspmexa/server-kit/testing';
import { createOrganizationStore } from '../src/db/organizations';
import { createUserStore } from '../src/db/users';
import { bootstrapFirstAdmin } from '../src/domain/bootstrap';
import { verifyPassword } from '../src/domain/password';
import { migrationsFolder } from '../src/index';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
  await handle.migrate({ migrationsFolder, schema: 'auth' });
});
afterAll(async () => {
  await handle?.close();
});

describe('bootstrap on an empty database', () => {
  it('creates one organization and one admin when two replicas start at once, and shows the password once', async () => {
    const lines: string[] = [];
    const replica = () =>
      bootstrapFirstAdmin(
        { users: createUserStore(handle.db), organizations: createOrganizationStore(handle.db), logger: silentLogger, announce: (l) => lines.push(l) },
        { email: 'Admin@Example.test' },
      );
    const results = await Promise.all([replica(), replica(), replica()]);
    expect(results.filter((r) => r.created)).toHaveLength(1);

    const orgs = await handle.db.execute(sql`select name from auth.organizations`);
    expect((orgs as unknown as { rows: unknown[] }).rows).toEqual([{ name: 'Default organization' }]);
    const admins = await handle.db.execute(sql`select email, role, password_hash from auth.users`);
    const rows = (admins as unknown as { rows: { email: string; role: string; password_hash: string }[] }).rows;
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ email: 'admin@example.test', role: 'ADMIN' });

    expect(lines).toHaveLength(1);
    const password = /^Bootstrap admin: admin@example\.test \/ (\S+) \(shown once; change it\)$/.exec(lines[0]!)?.[1];
    expect(password).toBeDefined();
    expect(await verifyPassword(password!, rows[0]!.password_hash)).toBe(true);

    // A restart finds the admin and stays quiet.
    expect((await replica()).created).toBe(false);
    expect(lines).toHaveLength(1);
  });
});
