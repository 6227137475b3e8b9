/**
 * J5 and API tokens through the gateway, against the real auth subgraph: revocations take effect on the next
 * request, API tokens authenticate with their owner's org and a scope-limited role.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRealAuthStack, type RealAuthStack, type SeededOrg } from '../test/support/real-auth-stack';

let s: RealAuthStack;
let h: RealAuthStack['auth'];
beforeAll(async () => {
  s = await startRealAuthStack();
  h = s.auth;
});
afterAll(async () => {
  await s?.close();
});

const gql = (query: string, variables: Record<string, unknown> = {}, token?: string) => s.gql(query, variables, token);
const signIn = (o: SeededOrg, i: number) => s.signIn(o, i);

const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken refreshToken mfaRequired mfaToken } }`;
const ME = `{ me { id role } }`;
const ASSIGN = `mutation($u: ID!, $r: Role!) { assignRole(userId: $u, role: $r) { id role } }`;

describe('J5 revocation at the gateway', () => {
  it("J5 disabled user's token -> 401", async () => {
    const o = await h.seedOrganization(['ADMIN', 'ANALYST']);
    const admin = await signIn(o, 0);
    const analyst = await signIn(o, 1);
    expect((await gql(ME, {}, analyst.accessToken)).data).toEqual({ me: { id: o.members[1]!.id, role: 'ANALYST' } });
    const disabled = await gql(`mutation($u: ID!) { disableUser(userId: $u) { id disabled } }`, { u: o.members[1]!.id }, admin.accessToken);
    expect(disabled.data).toEqual({ disableUser: { id: o.members[1]!.id, disabled: true } });
    const replay = await gql(ME, {}, analyst.accessToken);
    expect(replay.status).toBe(401);
    expect(replay.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it("J5 demoted admin's old token cannot assignRole", async () => {
    const o = await h.seedOrganization(['ADMIN', 'ADMIN', 'ANALYST']);
    const first = await signIn(o, 0);
    const second = await signIn(o, 1);
    expect((await gql(ME, {}, first.accessToken)).data!.me.role).toBe('ADMIN');
    expect((await gql(ASSIGN, { u: o.members[0]!.id, r: 'ANALYST' }, second.accessToken)).data).toEqual({ assignRole: { id: o.members[0]!.id, role: 'ANALYST' } });
    const attempt = await gql(ASSIGN, { u: o.members[2]!.id, r: 'ADMIN' }, first.accessToken);
    expect(attempt.status).toBe(401);
    const roles = await gql(`{ users { edges { node { id role } } } }`, {}, second.accessToken);
    expect(roles.data!.users.edges.find((e: { node: { id: string } }) => e.node.id === o.members[2]!.id).node.role).toBe('ANALYST');
  });

  it('J5 logout revokes the access token', async () => {
    const o = await h.seedOrganization(['ANALYST']);
    const s = await signIn(o, 0);
    expect((await gql(ME, {}, s.accessToken)).status).toBe(200);
    expect((await gql(`mutation($t: String!) { logout(refreshToken: $t) }`, { t: s.refreshToken })).data).toEqual({ logout: true });
    expect((await gql(ME, {}, s.accessToken)).status).toBe(401);
  });

  it('J3 the MFA-pending token is refused as a bearer token', async () => {
    const o = await h.seedOrganization(['ADMIN']);
    const pending = await gql(LOGIN, { e: o.members[0]!.email, p: o.password });
    expect((await gql(ME, {}, pending.data!.login.mfaToken)).status).toBe(401);
  });
});

describe('API tokens at the gateway', () => {
  const CREATE = `mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { token apiToken { id name scopes lastUsedAt } } }`;
  const inDays = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString();

  it('authenticate as their owner; READ tokens cannot run mutations; revocation is effective at once', async () => {
    const o = await h.seedOrganization(['ADMIN', 'ANALYST']);
    const admin = await signIn(o, 0);
    const write = await gql(CREATE, { i: { name: 'ci', scopes: ['READ', 'WRITE'], expiresAt: inDays(30) } }, admin.accessToken);
    const read = await gql(CREATE, { i: { name: 'dashboard', scopes: ['READ'], expiresAt: inDays(30) } }, admin.accessToken);
    const writeToken = write.data!.createApiToken.token as string;
    const readToken = read.data!.createApiToken.token as string;
    expect(writeToken).toMatch(/^cspx_[\w-]{43}$/);

    // WRITE acts with the owner's role; READ as an analyst, and mutations are FORBIDDEN before reaching a subgraph.
    expect((await gql(ME, {}, writeToken)).data).toEqual({ me: { id: o.members[0]!.id, role: 'ADMIN' } });
    expect((await gql(`{ users { totalCount } }`, {}, writeToken)).data).toEqual({ users: { totalCount: 2 } });
    expect((await gql(`{ users { totalCount } }`, {}, readToken)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const readMutation = await gql(`mutation { logout(refreshToken: "x") }`, {}, readToken);
    expect(readMutation.status).toBe(403);
    expect(readMutation.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await gql(`mutation { logout(refreshToken: "x") }`, {}, writeToken)).data).toEqual({ logout: false });
    // Tokens cannot mint tokens or administer identities.
    expect((await gql(CREATE, { i: { name: 'x', scopes: ['READ'], expiresAt: inDays(1) } }, writeToken)).errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'API_TOKEN_NOT_ALLOWED',
    });

    const listed = await gql(`{ apiTokens { id name scopes lastUsedAt revokedAt } }`, {}, admin.accessToken);
    const ci = listed.data!.apiTokens.find((t: { name: string }) => t.name === 'ci');
    expect(ci).toMatchObject({ scopes: ['READ', 'WRITE'], revokedAt: null });
    expect(ci.lastUsedAt).not.toBeNull();

    const revoked = await gql(`mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }`, { id: ci.id }, admin.accessToken);
    expect(revoked.data!.revokeApiToken.revokedAt).not.toBeNull();
    expect((await gql(ME, {}, writeToken)).status).toBe(401);
    expect((await gql(ME, {}, 'cspx_not-a-token')).status).toBe(401);
  });
});

describe('rate limits through the gateway', () => {
  it('M3 aliased sign-in attempts reach auth in one request and count one each', async () => {
    const o = await h.seedOrganization(['ANALYST']);
    const aliases = Array.from({ length: 10 }, (_, i) => `a${i}: login(email: $e, password: "guess-${i}") { accessToken }`).join(' ');
    const r = await gql(`mutation($e: String!) { ${aliases} }`, { e: o.members[0]!.email });
    expect(r.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    // Ten failures counted: the right password is refused now.
    expect((await gql(LOGIN, { e: o.members[0]!.email, p: o.password })).errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });
});
