/**
 * S2 and J5 on the live channel, through real WebSockets against the real gateway and the real auth subgraph:
 * `connection_init` applies the HTTP rules (token version, API tokens), and an open socket is closed (4403) when
 * its credential expires or is revoked, whether the revocation arrives as an event or by the periodic re-check.
 */
import type { AlertRaisedEvent } from '@cspmexa/server-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { separateBus, startRealAuthStack, type RealAuthStack, type SeededOrg } from './support/real-auth-stack';
import { connect, openSocket, type TestSocket } from './support/ws-client';

let s: RealAuthStack;
beforeAll(async () => {
  s = await startRealAuthStack();
});
afterAll(async () => {
  await s?.close();
});

const ALERTS = 'subscription { alertRaised { id title } }';
const CREATE_TOKEN = `mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { token apiToken { id } } }`;
const inSeconds = (n: number) => new Date(Date.now() + n * 1000).toISOString();

/** A socket subscribed to alertRaised, once the gateway listens to the bus for it. */
async function subscribed(url: string, token: string): Promise<TestSocket> {
  const socket = await connect(url, token);
  const before = s.bus.listeners('findings.alert.raised');
  socket.send({ id: 'alerts', type: 'subscribe', payload: { query: ALERTS } });
  await s.bus.waitForListeners(before + 1, 5_000, 'findings.alert.raised');
  return socket;
}

async function publishAlert(orgId: string, id: string) {
  s.fakes.alerts.set(id, { id, orgId, severity: 'HIGH', title: `alert ${id}`, resourceId: 'r1' });
  const event: AlertRaisedEvent = {
    orgId,
    alertId: id,
    findingId: `f-${id}`,
    kind: 'OPENED',
    severity: 'HIGH',
    checkId: 's3_bucket_public_access_blocked',
    title: `alert ${id}`,
    resourceArn: 'arn:aws:s3:::bucket-one',
    accountId: '123456789012',
    region: 'us-east-1',
    raisedAt: new Date().toISOString(),
  };
  await s.bus.publish('findings.alert.raised', event);
}

/** Publishes an alert of `orgId` and resolves once the socket got it. */
async function alertReaches(socket: TestSocket, orgId: string, id: string) {
  await publishAlert(orgId, id);
  return socket.waitFor((m) => m.type === 'next' && JSON.stringify(m.payload).includes(id));
}

async function refusedAtInit(token: string): Promise<number> {
  const socket = await openSocket(s.gateway.url);
  socket.send({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } });
  return (await socket.closed).code;
}

const revocations: [string, (o: SeededOrg, admin: string, refreshToken: string) => Promise<unknown>][] = [
  ['is disabled', (o, admin) => s.gql(`mutation($u: ID!) { disableUser(userId: $u) { id } }`, { u: o.members[1]!.id }, admin)],
  ['signs out', (_o, _admin, refreshToken) => s.gql(`mutation($t: String!) { logout(refreshToken: $t) }`, { t: refreshToken })],
  ['is demoted', (o, admin) => s.gql(`mutation($u: ID!) { assignRole(userId: $u, role: ANALYST) { id } }`, { u: o.members[1]!.id }, admin)],
  ['has their MFA reset', (o, admin) => s.gql(`mutation($u: ID!) { resetMfa(userId: $u) { id } }`, { u: o.members[1]!.id }, admin)],
];

describe('WebSocket sessions follow revocation (J5)', () => {
  it.each(revocations)('S2 J5 an open socket is closed 4403 when its user %s', async (_name, revoke) => {
    const o = await s.auth.seedOrganization(['ADMIN', 'ADMIN']);
    const admin = await s.signIn(o, 0);
    const member = await s.signIn(o, 1);
    const socket = await subscribed(s.gateway.url, member.accessToken);
    await alertReaches(socket, o.org.id, `before-${o.org.id}`);
    const answer = (await revoke(o, admin.accessToken, member.refreshToken)) as { errors?: unknown };
    expect(answer.errors).toBeUndefined();
    expect((await socket.closed).code).toBe(4403);
    // The same token cannot open a new socket either.
    expect(await refusedAtInit(member.accessToken)).toBe(4401);
  });

  it('S2 J5 a token revoked before connecting is refused at connection_init (4401)', async () => {
    const o = await s.auth.seedOrganization(['ANALYST']);
    const member = await s.signIn(o, 0);
    await s.gql(`mutation($t: String!) { logout(refreshToken: $t) }`, { t: member.refreshToken });
    expect(await refusedAtInit(member.accessToken)).toBe(4401);
  });

  it('S2 J3 M5 an MFA-pending token is refused at connection_init (4401)', async () => {
    const o = await s.auth.seedOrganization(['ADMIN']);
    const pending = await s.gql(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { mfaToken } }`, { e: o.members[0]!.email, p: o.password });
    expect(await refusedAtInit(pending.data!.login.mfaToken)).toBe(4401);
  });

  it('S2 J5 without the revocation event, the periodic re-check closes the socket', async () => {
    // This gateway listens to a bus of its own: it never hears `auth.user.changed`.
    const deaf = await s.startGateway({ bus: separateBus(), socketRecheckIntervalMs: 200 });
    const o = await s.auth.seedOrganization(['ADMIN', 'ANALYST']);
    const admin = await s.signIn(o, 0);
    const member = await s.signIn(o, 1);
    const socket = await connect(deaf.url, member.accessToken);
    await s.gql(`mutation($u: ID!) { disableUser(userId: $u) { id } }`, { u: o.members[1]!.id }, admin.accessToken);
    expect((await socket.closed).code).toBe(4403);
  });
});

describe('API tokens on the WebSocket', () => {
  it('S2 a READ API token subscribes and receives its own organization\'s alerts only, as an analyst; revoking it closes the socket 4403', async () => {
    const o = await s.auth.seedOrganization(['ADMIN']);
    const other = await s.auth.seedOrganization(['ANALYST']);
    const owner = await s.signIn(o, 0);
    const created = await s.gql(CREATE_TOKEN, { i: { name: 'siem', scopes: ['READ'], expiresAt: inSeconds(86_400) } }, owner.accessToken);
    const socket = await subscribed(s.gateway.url, created.data!.createApiToken.token);
    // Another organization's alert first, then ours: ours arrives, theirs never did (filtered before any query).
    const foreign = `theirs-${other.org.id}`;
    await publishAlert(other.org.id, foreign);
    await alertReaches(socket, o.org.id, `mine-${o.org.id}`);
    // The event was resolved as the token acts: an analyst of its organization, although the owner is an admin.
    expect(s.fakes.recorded.alertViewers.at(-1)).toMatchObject({ orgId: o.org.id, role: 'ANALYST', apiToken: { scope: 'READ' } });
    expect(JSON.stringify(socket.messages)).not.toContain(foreign);

    const revoke = await s.gql(`mutation($id: ID!) { revokeApiToken(id: $id) { id } }`, { id: created.data!.createApiToken.apiToken.id }, owner.accessToken);
    expect(revoke.errors).toBeUndefined();
    expect((await socket.closed).code).toBe(4403);
  });

  it('S2 J5 a WRITE API token\'s socket is closed when its owner is demoted', async () => {
    const o = await s.auth.seedOrganization(['ADMIN', 'ADMIN']);
    const admin = await s.signIn(o, 0);
    const owner = await s.signIn(o, 1);
    const created = await s.gql(CREATE_TOKEN, { i: { name: 'ci', scopes: ['READ', 'WRITE'], expiresAt: inSeconds(86_400) } }, owner.accessToken);
    const socket = await connect(s.gateway.url, created.data!.createApiToken.token);
    await s.gql(`mutation($u: ID!) { assignRole(userId: $u, role: ANALYST) { id } }`, { u: o.members[1]!.id }, admin.accessToken);
    expect((await socket.closed).code).toBe(4403);
  });

  it('S2 an API token\'s socket is closed 4403 when the token expires', async () => {
    const o = await s.auth.seedOrganization(['ANALYST']);
    const owner = await s.signIn(o, 0);
    const created = await s.gql(CREATE_TOKEN, { i: { name: 'short', scopes: ['READ'], expiresAt: inSeconds(2) } }, owner.accessToken);
    const socket = await connect(s.gateway.url, created.data!.createApiToken.token);
    expect((await socket.closed).code).toBe(4403);
  });
});
