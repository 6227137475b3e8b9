import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { assignRole } from '../src/domain/roles';
import { pauseAfterCountingAdmins, startAuthHarness, type AuthHarness } from './harness';
import { ASSIGN, LOGIN, LOGOUT, ME, REFRESH, USERS, codeOf } from './operations';

let h: AuthHarness;
beforeAll(async () => {
  h = await startAuthHarness();
});
afterAll(async () => {
  await h?.close();
});

async function login(email: string, password: string) {
  const r = await h.call(LOGIN, { email, password });
  expect(r.errors).toBeUndefined();
  return r.data!.login as { accessToken: string; refreshToken: string; expiresAt: string; user: { id: string } };
}

async function roleInDb(userId: string): Promise<string> {
  const rows = await h.handle.db.execute(sql`select role from auth.users where id = ${userId}`);
  return (rows as unknown as { rows: { role: string }[] }).rows[0]!.role;
}

describe('serving', () => {
  it('refuses a request without the gateway assertion (401)', async () => {
    const res = await fetch(h.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: ME }) });
    expect(res.status).toBe(401);
  });
});

describe('login', () => {
  it('bootstraps the configured admin, who signs in and reads me', async () => {
    const s = await login('ADMIN@example.test', 'Test-Admin-Password-1');
    expect(s.accessToken).toBeTruthy();
    expect(new Date(s.expiresAt).getTime()).toBeGreaterThan(Date.now() + 800_000);
    const viewer = h.viewerFromToken(s.accessToken);
    expect(viewer).toMatchObject({ role: 'ADMIN', email: 'admin@example.test', userId: s.user.id });
    const me = await h.call(ME, {}, viewer);
    expect(me.errors).toBeUndefined();
    expect(me.data!.me).toMatchObject({
      id: s.user.id,
      email: 'admin@example.test',
      role: 'ADMIN',
      displayName: 'Administrator',
      disabled: false,
      organization: { name: 'Default organization' },
    });
    expect(me.data!.me.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it('gives a wrong password and an unknown user the same UNAUTHENTICATED error', async () => {
    const wrong = await h.call(LOGIN, { email: 'admin@example.test', password: 'not-the-password' });
    const unknown = await h.call(LOGIN, { email: 'nobody@example.test', password: 'Test-Admin-Password-1' });
    for (const r of [wrong, unknown]) {
      expect(r.data).toBeNull();
      expect(r.errors).toEqual([expect.objectContaining({ message: 'Invalid email or password.', extensions: { code: 'UNAUTHENTICATED' } })]);
    }
    expect(wrong.errors).toEqual(unknown.errors);
  });

  it('me is null without a signed-in user', async () => {
    const r = await h.call(ME);
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ me: null });
  });

  it('does not create a second admin when started again', async () => {
    await h.running.module.start!();
    const rows = await h.handle.db.execute(sql`select count(*)::int as n from auth.users where email = 'admin@example.test'`);
    expect((rows as unknown as { rows: { n: number }[] }).rows[0]!.n).toBe(1);
  });
});

describe('refresh tokens', () => {
  it('rotate on every use, and replaying a spent one revokes the whole family', async () => {
    const { members, password } = await h.seedOrganization(['ANALYST']);
    const first = await login(members[0]!.email, password);
    const second = await h.call(REFRESH, { t: first.refreshToken });
    expect(second.errors).toBeUndefined();
    const rotated = second.data!.refreshToken as { accessToken: string; refreshToken: string; user: { id: string } };
    expect(rotated.refreshToken).not.toBe(first.refreshToken);
    expect(rotated.user.id).toBe(members[0]!.id);
    expect(h.viewerFromToken(rotated.accessToken).userId).toBe(members[0]!.id);

    const replay = await h.call(REFRESH, { t: first.refreshToken });
    expect(codeOf(replay)).toBe('UNAUTHENTICATED');
    // The legitimate holder's live token died with the family.
    expect(codeOf(await h.call(REFRESH, { t: rotated.refreshToken }))).toBe('UNAUTHENTICATED');
    const rows = await h.handle.db.execute(
      sql`select count(*)::int as live from auth.refresh_tokens where user_id = ${members[0]!.id} and revoked_at is null`,
    );
    expect((rows as unknown as { rows: { live: number }[] }).rows[0]!.live).toBe(0);
  });

  it('logout ends the sign-in and bumps the token version; an unknown token gives false', async () => {
    const { members, password } = await h.seedOrganization(['ANALYST']);
    const s = await login(members[0]!.email, password);
    const out = await h.call(LOGOUT, { t: s.refreshToken });
    expect(out).toMatchObject({ data: { logout: true } });
    expect(codeOf(await h.call(REFRESH, { t: s.refreshToken }))).toBe('UNAUTHENTICATED');
    const next = await login(members[0]!.email, password);
    expect(h.viewerFromToken(next.accessToken)).toBeTruthy();
    const rows = await h.handle.db.execute(sql`select token_version from auth.users where id = ${members[0]!.id}`);
    expect((rows as unknown as { rows: { token_version: number }[] }).rows[0]!.token_version).toBe(1);
    expect((await h.call(LOGOUT, { t: 'never-issued' })).data).toEqual({ logout: false });
  });
});

describe('assignRole', () => {
  it('is FORBIDDEN for an analyst, and nothing changes', async () => {
    const o = await h.seedOrganization(['ADMIN', 'ANALYST']);
    const r = await h.call(ASSIGN, { u: o.members[1]!.id, r: 'ADMIN' }, o.viewerOf(1));
    expect(codeOf(r)).toBe('FORBIDDEN');
    expect(await roleInDb(o.members[1]!.id)).toBe('ANALYST');
  });

  it('refuses to demote the last admin (CONFLICT), allows it once another admin exists', async () => {
    const o = await h.seedOrganization(['ADMIN', 'ANALYST']);
    const conflict = await h.call(ASSIGN, { u: o.members[0]!.id, r: 'ANALYST' }, o.viewerOf(0));
    expect(codeOf(conflict)).toBe('CONFLICT');
    expect(await roleInDb(o.members[0]!.id)).toBe('ADMIN');

    const promoted = await h.call(ASSIGN, { u: o.members[1]!.id, r: 'ADMIN' }, o.viewerOf(0));
    expect(promoted.data).toEqual({ assignRole: { id: o.members[1]!.id, role: 'ADMIN' } });
    const demoted = await h.call(ASSIGN, { u: o.members[0]!.id, r: 'ANALYST' }, o.viewerOf(0));
    expect(demoted.data).toEqual({ assignRole: { id: o.members[0]!.id, role: 'ANALYST' } });
    // The demoted admin's old claim no longer works (J5 inside the subgraph).
    expect(codeOf(await h.call(ASSIGN, { u: o.members[1]!.id, r: 'ANALYST' }, o.viewerOf(0)))).toBe('FORBIDDEN');
  });

  it('keeps one admin when two admins demote each other at the same time', async () => {
    const o = await h.seedOrganization(['ADMIN', 'ADMIN']);
    // Widen the race window: each transaction pauses between counting admins and writing the role. Without the
    // organization lock both would count two admins and both demotions would pass.
    const slowUsers = pauseAfterCountingAdmins(h.users, 150);
    const deps = { users: slowUsers, audit: { record: () => undefined }, mfaEnrolled: async () => true, notifyUserChanged: async () => undefined };
    const results = await Promise.allSettled([
      assignRole(deps, o.viewerOf(1), { userId: o.members[0]!.id, role: 'ANALYST' }, {}),
      assignRole(deps, o.viewerOf(0), { userId: o.members[1]!.id, role: 'ANALYST' }, {}),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const roles = [await roleInDb(o.members[0]!.id), await roleInDb(o.members[1]!.id)];
    expect(roles.filter((r) => r === 'ADMIN')).toHaveLength(1);
  });

  it('cannot reach a user of another organization', async () => {
    const a = await h.seedOrganization(['ADMIN']);
    const b = await h.seedOrganization(['ADMIN', 'ANALYST']);
    const r = await h.call(ASSIGN, { u: b.members[1]!.id, r: 'ADMIN' }, a.viewerOf(0));
    expect(codeOf(r)).toBe('NOT_FOUND');
    expect(await roleInDb(b.members[1]!.id)).toBe('ANALYST');
  });
});

describe('users', () => {
  it('pages through the organization oldest first, with a total count', async () => {
    const o = await h.seedOrganization(['ADMIN', 'ANALYST', 'ANALYST', 'ANALYST', 'ANALYST']);
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const r = await h.call(USERS, { first: 2, after }, o.viewerOf(0));
      expect(r.errors).toBeUndefined();
      const conn = r.data!.users as { totalCount: number; pageInfo: { endCursor: string | null; hasNextPage: boolean }; edges: { node: { id: string } }[] };
      expect(conn.totalCount).toBe(5);
      seen.push(...conn.edges.map((e) => e.node.id));
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    // Every user exactly once (rows created in the same millisecond are ordered by id, not by insertion).
    expect(seen).toHaveLength(5);
    expect([...seen].sort()).toEqual(o.members.map((m) => m.id).sort());
  });

  it('is FORBIDDEN for analysts and refuses oversized pages and forged cursors', async () => {
    const o = await h.seedOrganization(['ADMIN', 'ANALYST']);
    expect(codeOf(await h.call(USERS, {}, o.viewerOf(1)))).toBe('FORBIDDEN');
    expect(codeOf(await h.call(USERS, {}, null))).toBe('UNAUTHENTICATED');
    expect(codeOf(await h.call(USERS, { first: 101 }, o.viewerOf(0)))).toBe('BAD_USER_INPUT');
    expect(codeOf(await h.call(USERS, { after: 'garbage' }, o.viewerOf(0)))).toBe('BAD_USER_INPUT');
  });
});

describe('User entity', () => {
  it('resolves references only within the caller organization', async () => {
    const a = await h.seedOrganization(['ADMIN']);
    const b = await h.seedOrganization(['ADMIN']);
    const query = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on User { id email } } }`;
    const reps = [
      { __typename: 'User', id: a.members[0]!.id },
      { __typename: 'User', id: b.members[0]!.id },
      { __typename: 'User', id: 'not-a-uuid' },
    ];
    const r = await h.call(query, { reps }, a.viewerOf(0));
    expect(r.errors).toBeUndefined();
    expect(r.data!._entities).toEqual([{ id: a.members[0]!.id, email: a.members[0]!.email }, null, null]);
  });
});
