import { describe, expect, it } from 'vitest';
import { silentLogger } from '@cspmexa/server-kit/testing';
import { bootstrapFirstAdmin } from './bootstrap';
import { verifyPassword } from './password';
import { createMemoryOrganizationStore, createMemoryUserStore } from './testing/in-memory-stores';

function setup() {
  const lines: string[] = [];
  const deps = { users: createMemoryUserStore(), organizations: createMemoryOrganizationStore(), logger: silentLogger, announce: (l: string) => lines.push(l) };
  return { deps, lines };
}

describe('bootstrapFirstAdmin', () => {
  it('creates the default organization and an admin with the configured password, announcing nothing', async () => {
    const { deps, lines } = setup();
    const result = await bootstrapFirstAdmin(deps, { email: 'Admin@Example.test', password: 'configured-password' });
    expect(result).toMatchObject({ created: true, generatedPassword: false });
    expect(deps.organizations.all).toMatchObject([{ slug: 'default', name: 'Default organization' }]);
    const [admin] = deps.users.all;
    expect(admin).toMatchObject({ email: 'admin@example.test', role: 'ADMIN', disabled: false });
    expect(await verifyPassword('configured-password', admin!.passwordHash!)).toBe(true);
    expect(lines).toEqual([]);
  });

  it('generates a password when none is configured and shows it once, with the email', async () => {
    const { deps, lines } = setup();
    await bootstrapFirstAdmin(deps, { email: 'admin@example.test' });
    expect(lines).toHaveLength(1);
    const match = /^Bootstrap admin: admin@example\.test \/ (\S+) \(shown once; change it\)$/.exec(lines[0]!);
    expect(match).not.toBeNull();
    expect(match![1]!.length).toBeGreaterThanOrEqual(20);
    expect(await verifyPassword(match![1]!, deps.users.all[0]!.passwordHash!)).toBe(true);
  });

  it('does nothing on the next start', async () => {
    const { deps, lines } = setup();
    await bootstrapFirstAdmin(deps, { email: 'admin@example.test' });
    expect(await bootstrapFirstAdmin(deps, { email: 'admin@example.test' })).toEqual({ created: false });
    expect(deps.users.all).toHaveLength(1);
    expect(deps.organizations.all).toHaveLength(1);
    expect(lines).toHaveLength(1);
  });
});
