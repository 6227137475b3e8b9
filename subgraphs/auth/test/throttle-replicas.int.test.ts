/** M3 across replicas: two auth instances over one database count failed attempts on the same counters. */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAuthHarness, type AuthHarness } from './harness';
import { LOGIN, codeOf, rowsOf } from './operations';

let h: AuthHarness;
let replica: Awaited<ReturnType<AuthHarness['startReplica']>>;
beforeAll(async () => {
  h = await startAuthHarness();
  replica = await h.startReplica();
});
afterAll(async () => {
  await replica?.close();
  await h?.close();
});

describe('rate limits shared by replicas', () => {
  it('M3 failures on two auth instances add up: the 6th attempt is refused on both', async () => {
    const o = await h.seedOrganization(['ANALYST']);
    const email = o.members[0]!.email;
    const wrong = (i: number) => ({ email, password: `wrong-password-${i}` });
    const results: (string | undefined)[] = [];
    for (let i = 0; i < 5; i++) results.push(codeOf(await (i % 2 === 0 ? h.call : replica.call)(LOGIN, wrong(i))));
    expect(results).toEqual(Array(5).fill('UNAUTHENTICATED'));
    expect(codeOf(await h.call(LOGIN, { email, password: o.password }))).toBe('RATE_LIMITED');
    expect(codeOf(await replica.call(LOGIN, { email, password: o.password }))).toBe('RATE_LIMITED');
  });

  it('M3 concurrent failures on both replicas are all counted (row lock, no lost update)', async () => {
    const o = await h.seedOrganization(['ANALYST']);
    const email = o.members[0]!.email;
    const attempts = Array.from({ length: 5 }, (_, i) => (i % 2 === 0 ? h.call : replica.call)(LOGIN, { email, password: `wrong-${i}` }));
    expect((await Promise.all(attempts)).map(codeOf)).toEqual(Array(5).fill('UNAUTHENTICATED'));
    expect(codeOf(await replica.call(LOGIN, { email, password: o.password }))).toBe('RATE_LIMITED');
  });

  it('M3 the table holds hashed keys, never the typed email or IP', async () => {
    const email = `someone-${Date.now()}@example.test`;
    await replica.call(LOGIN, { email, password: 'wrong-password' }, null, { ip: '203.0.113.9' });
    const rows = rowsOf<{ key_hash: string }>(await h.handle.db.execute(sql`select key_hash from auth.throttle_counters`));
    expect(rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(rows)).not.toMatch(/example\.test|203\.0\.113/);
    for (const r of rows) expect(r.key_hash).toMatch(/^[0-9a-f]{64}$/);
  });
});
