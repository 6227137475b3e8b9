import { describe, expect, it } from 'vitest';
import { AppError, type Role, type UserViewer } from '@cspmexa/server-kit';
import type { UserRecord } from './model';
import { assignRole } from './roles';
import { createMemoryUserStore, createRecordingAuditSink } from './testing/in-memory-stores';

const ORG = '00000000-0000-4000-8000-000000000001';

async function setup(roles: Role[]) {
  const users = createMemoryUserStore();
  const audit = createRecordingAuditSink();
  const created: UserRecord[] = [];
  for (const [i, role] of roles.entries()) {
    created.push((await users.insertIfAbsent({ orgId: ORG, email: `u${i}@example.test`, passwordHash: null, role, displayName: `U${i}` }))!);
  }
  const viewerOf = (i: number): UserViewer => ({ kind: 'user', userId: created[i]!.id, orgId: ORG, role: created[i]!.role, email: created[i]!.email, mfa: true });
  return { users, audit, created, viewerOf, deps: { users, audit, mfaEnrolled: async () => true, notifyUserChanged: async () => undefined } };
}

async function errorCode(promise: Promise<unknown>): Promise<string> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return (err as AppError).code;
}

describe('assignRole', () => {
  it('promotes and demotes, bumping the target token version', async () => {
    const t = await setup(['ADMIN', 'ANALYST']);
    const promoted = await assignRole(t.deps, t.viewerOf(0), { userId: t.created[1]!.id, role: 'ADMIN' }, {});
    expect(promoted.role).toBe('ADMIN');
    expect(promoted.tokenVersion).toBe(1);
    const demoted = await assignRole(t.deps, t.viewerOf(0), { userId: t.created[0]!.id, role: 'ANALYST' }, {});
    expect(demoted.role).toBe('ANALYST');
    expect(t.audit.events.filter((e) => e.action === 'role.changed')).toHaveLength(2);
  });

  it('refuses to demote the last admin (CONFLICT) and changes nothing', async () => {
    const t = await setup(['ADMIN', 'ANALYST']);
    expect(await errorCode(assignRole(t.deps, t.viewerOf(0), { userId: t.created[0]!.id, role: 'ANALYST' }, {}))).toBe('CONFLICT');
    expect(t.users.all[0]!.role).toBe('ADMIN');
    expect(t.users.all[0]!.tokenVersion).toBe(0);
  });

  it('does not count a disabled admin as the remaining admin', async () => {
    const t = await setup(['ADMIN', 'ADMIN']);
    t.users.all[1]!.disabled = true;
    expect(await errorCode(assignRole(t.deps, t.viewerOf(0), { userId: t.created[0]!.id, role: 'ANALYST' }, {}))).toBe('CONFLICT');
    // Demoting the disabled admin itself leaves the active one: allowed.
    const demoted = await assignRole(t.deps, t.viewerOf(0), { userId: t.created[1]!.id, role: 'ANALYST' }, {});
    expect(demoted.role).toBe('ANALYST');
  });

  // The denial is audited by serveSubgraph's plugin, for every subgraph alike (test/audit.int.test.ts).
  it('forbids analysts with reason NOT_ADMIN and changes nothing', async () => {
    const t = await setup(['ADMIN', 'ANALYST']);
    const refused = await assignRole(t.deps, t.viewerOf(1), { userId: t.created[1]!.id, role: 'ADMIN' }, {}).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'FORBIDDEN', extensions: { reason: 'NOT_ADMIN' } });
    expect(t.users.all[1]!.role).toBe('ANALYST');
  });

  it('M5 forbids an admin whose session has not passed MFA (reason MFA_REQUIRED)', async () => {
    const t = await setup(['ADMIN', 'ANALYST']);
    const refused = await assignRole(t.deps, { ...t.viewerOf(0), mfa: false }, { userId: t.created[1]!.id, role: 'ADMIN' }, {}).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'FORBIDDEN', extensions: { reason: 'MFA_REQUIRED' } });
    expect(t.users.all[1]!.role).toBe('ANALYST');
  });

  it('forbids an admin token whose holder has since been demoted or disabled (stale role claim)', async () => {
    const t = await setup(['ADMIN', 'ADMIN', 'ANALYST']);
    const staleViewer = t.viewerOf(1);
    await assignRole(t.deps, t.viewerOf(0), { userId: t.created[1]!.id, role: 'ANALYST' }, {});
    expect(await errorCode(assignRole(t.deps, staleViewer, { userId: t.created[2]!.id, role: 'ADMIN' }, {}))).toBe('FORBIDDEN');
    t.users.all[0]!.disabled = true;
    expect(await errorCode(assignRole(t.deps, t.viewerOf(0), { userId: t.created[2]!.id, role: 'ADMIN' }, {}))).toBe('FORBIDDEN');
    expect(t.users.all[2]!.role).toBe('ANALYST');
  });

  it('needs a signed-in user, and a target in the same organization', async () => {
    const t = await setup(['ADMIN']);
    expect(await errorCode(assignRole(t.deps, null, { userId: t.created[0]!.id, role: 'ANALYST' }, {}))).toBe('UNAUTHENTICATED');
    const otherOrgAdmin: UserViewer = { ...t.viewerOf(0), orgId: '00000000-0000-4000-8000-000000000002' };
    expect(await errorCode(assignRole(t.deps, otherOrgAdmin, { userId: t.created[0]!.id, role: 'ANALYST' }, {}))).toBe('FORBIDDEN');
    expect(await errorCode(assignRole(t.deps, t.viewerOf(0), { userId: 'nope', role: 'ANALYST' }, {}))).toBe('NOT_FOUND');
  });

  it('is a no-op when the role does not change', async () => {
    const t = await setup(['ADMIN']);
    const same = await assignRole(t.deps, t.viewerOf(0), { userId: t.created[0]!.id, role: 'ADMIN' }, {});
    expect(same.tokenVersion).toBe(0);
  });
});
