/**
 * R2, across the whole product through the real gateway: two organizations with data in every subgraph (the same
 * AWS estate scanned by both, so even identical ARNs must not cross). Org A's users asking for org B's ids by any
 * entry point (queries by id, lists and filters, nested fields and federated joins, `_entities` as the gateway
 * sends it, mutations, subscriptions) get null, NOT_FOUND or nothing, never B's data.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sesLocal from 'aws-ses-v2-local';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_USERS, STAND_IN_CREDENTIALS, startS3StandIn, type S3StandIn } from '@cspmexa/aws-local';
import { signAssertion, type Viewer } from '@cspmexa/server-kit';
import { adminSession, ok, seedMembers, seedOrganization, signIn, type Member } from '../support/identities';
import { startHarness, type Harness } from '../support/product-harness';
import { allIds, populateTenant, type TenantData } from '../support/tenant-data';

let standIn: S3StandIn;
let ses: Server;
let h: Harness;
const orgs = {} as Record<'a' | 'b', { orgId: string; admin: Member; adminToken: string; analystToken: string; data: TenantData; alerts: ReturnType<Harness['subscribe']> }>;

const alertIdsOf = (events: unknown[]) => events.map((e) => (e as { data?: { alertRaised?: { id: string } } }).data?.alertRaised?.id).filter((id): id is string => Boolean(id));
const ALERTS = 'subscription { alertRaised { id finding { id resourceArn } } }';

beforeAll(async () => {
  standIn = await startS3StandIn({ buckets: { 'public-b': { grants: [{ type: 'Group', uri: ALL_USERS, permission: 'READ' }] }, 'plain-b': {} } });
  ses = await sesLocal({ host: '127.0.0.1', port: 0 });
  Object.assign(process.env, {
    AWS_ACCESS_KEY_ID: STAND_IN_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: STAND_IN_CREDENTIALS.secretAccessKey,
    AWS_REGION: 'us-east-1',
    ...Object.fromEntries(['S3', 'STS', 'EC2', 'IAM', 'S3_CONTROL'].map((service) => [`AWS_ENDPOINT_URL_${service}`, standIn.endpoint])),
    AWS_ENDPOINT_URL_SES: `http://127.0.0.1:${(ses.address() as AddressInfo).port}`,
  });
  h = await startHarness();

  // Org A is the bootstrap organization; org B a second tenant, seeded test-only (no public API creates one).
  const adminA = await adminSession(h, h.adminEmail, h.adminPassword);
  const orgA = (await ok(h, '{ me { id organization { id } } }', {}, adminA)).me;
  const [analystA] = await seedMembers(h, orgA.organization.id, ['ANALYST']);
  const b = await seedOrganization(h, ['ADMIN', 'ANALYST']);
  const adminB = await adminSession(h, b.members[0]!.email, b.members[0]!.password);
  const tenants = {
    a: { orgId: orgA.organization.id as string, admin: { id: orgA.id, email: h.adminEmail, role: 'ADMIN', password: h.adminPassword } as Member, adminToken: adminA, analyst: analystA! },
    b: { orgId: b.orgId, admin: b.members[0]!, adminToken: adminB, analyst: b.members[1]! },
  };
  for (const key of ['a', 'b'] as const) {
    const t = tenants[key];
    const alerts = h.subscribe(ALERTS, {}, t.adminToken);
    const data = await populateTenant(h, t.adminToken, () => alertIdsOf(alerts.events));
    orgs[key] = { orgId: t.orgId, admin: t.admin, adminToken: t.adminToken, analystToken: (await signIn(h, t.analyst.email, t.analyst.password)).accessToken, data, alerts };
  }
}, 240_000);

afterAll(async () => {
  await h?.stop();
  await standIn?.close();
  await new Promise((r) => ses?.close(r));
});

const bIds = () => allIds(orgs.b.data, [orgs.b.admin.id, orgs.b.orgId]);
/** Fails naming the first of org B's ids found anywhere in an answer to org A. */
function expectNoneOfB(answer: unknown, context: string) {
  const text = JSON.stringify(answer);
  expect(bIds().filter((id) => text.includes(id)), context).toEqual([]);
}

describe('R2 tenant isolation through the gateway', () => {
  it('R2 both organizations have data in every subgraph (the fixtures the other tests rely on)', () => {
    for (const key of ['a', 'b'] as const) {
      const d = orgs[key].data;
      expect([d.resourceIds.length, d.findingIds.length, d.alertIds.length, d.deliveryIds.length, d.auditEventIds.length].every((n) => n > 0), key).toBe(true);
    }
    expect(orgs.a.data.findingIds.filter((id) => orgs.b.data.findingIds.includes(id))).toEqual([]);
  });

  it('R2 top-level queries by id answer null for org B ids, to org A admins and analysts', async () => {
    const b = orgs.b.data;
    const byId: [string, Record<string, unknown>][] = [
      ['query($id: ID!) { x: awsAccount(id: $id) { id name } }', { id: b.accountId }],
      ['query($id: ID!) { x: scan(id: $id) { id status } }', { id: b.scanId }],
      ['query($id: ID!) { x: scanProgressSnapshot(scanId: $id) { scanId } }', { id: b.scanId }],
      ['query($id: ID!) { x: resource(id: $id) { id arn } }', { id: b.resourceIds[0] }],
      ['query($id: ID!) { x: finding(id: $id) { id resourceArn } }', { id: b.findingIds[0] }],
      ['query($id: ID!) { x: alert(id: $id) { id } }', { id: b.alertIds[0] }],
      ['query($id: ID!) { x: findingsExport(id: $id) { id rowCount } }', { id: b.exportId }],
      ['query($id: ID!) { x: compliance(framework: CIS_AWS_5_0_0, accountId: $id) { score } }', { id: b.accountId }],
    ];
    for (const token of [orgs.a.adminToken, orgs.a.analystToken]) {
      for (const [query, variables] of byId) {
        const r = await h.gql<{ x: unknown }>(query, variables, token);
        expect(r.data?.x ?? null, query).toBeNull();
        expectNoneOfB(r, query);
      }
      const trend = await ok(h, 'query($id: ID!) { postureTrend(accountId: $id, days: 30) { scanId } }', { id: b.accountId }, token);
      expect(trend.postureTrend).toEqual([]);
    }
  });

  it('R2 lists, filters with org B ids, nested fields and federated joins never carry org B data', async () => {
    const b = orgs.b.data;
    // Several queries: together they would exceed the gateway's cost limit (G1).
    const lists = [
      `{ awsAccounts(first: 50) { edges { node { id lastScan { id evaluation { total } } } } } scans(first: 50) { edges { node { id account { id } } } } }`,
      `{ resources(first: 10) { edges { node { id account { id } findings(first: 10) { edges { node { id } } } } } } }`,
      `{ findings(first: 20) { edges { node { id account { id } resource { id account { id } } muteRule { id } history { muteRuleId actorId } } } } }`,
      `{ findingFacets { account { value count } check { value count } } muteRules(first: 50) { edges { node { id createdById } } } }`,
      `{ notificationRules(first: 50) { edges { node { id } } } emailDeliveries(first: 50) { edges { node { id alertId } } } apiTokens { id } me { id organization { id } } }`,
    ];
    const filtered = `query($acc: ID!, $res: ID!) {
      byAccount: scans(accountId: $acc, first: 50) { totalCount }
      resourcesOfB: resources(filter: { accountId: $acc }, first: 50) { totalCount }
      findingsOfB: findings(filter: { accountIds: [$acc], resourceId: $res }, first: 50) { totalCount }
      findingCounts(filter: { accountIds: [$acc] }) { total }
    }`;
    const admin = `query($actor: ID!) {
      users(first: 100) { edges { node { id } } }
      invitations { id user { id } }
      auditEvents(first: 100) { edges { node { id actorId target } } }
      byActor: auditEvents(filter: { actorId: $actor }) { totalCount }
    }`;
    for (const token of [orgs.a.adminToken, orgs.a.analystToken]) {
      for (const query of lists) {
        const r = await ok(h, query, {}, token);
        expectNoneOfB(r, query);
      }
      const r = await ok(h, filtered, { acc: b.accountId, res: b.resourceIds[0] }, token);
      expect([r.byAccount.totalCount, r.resourcesOfB.totalCount, r.findingsOfB.totalCount, r.findingCounts.total]).toEqual([0, 0, 0, 0]);
    }
    const a = await ok(h, admin, { actor: orgs.b.admin.id }, orgs.a.adminToken);
    expect(a.byActor.totalCount).toBe(0);
    expectNoneOfB(a, 'identity lists');
  });

  it('R2 mutations with org B ids answer NOT_FOUND and change nothing in org B', async () => {
    const b = orgs.b.data;
    const stateOfB = () =>
      ok(h, `{ awsAccounts { edges { node { id scanSchedule } } } scans { totalCount } muteRules { totalCount } notificationRules { totalCount }
              findings(first: 100) { edges { node { id status } } } users { edges { node { id role disabled mfaEnrolled } } } apiTokens { id revokedAt } }`, {}, orgs.b.adminToken);
    const before = await stateOfB();
    const attempts: [string, Record<string, unknown>][] = [
      ['mutation($id: ID!) { startScan(accountId: $id) { id } }', { id: b.accountId }],
      ['mutation($id: ID!) { cancelScan(scanId: $id) { id } }', { id: b.scanId }],
      ['mutation($id: ID!) { scheduleScans(accountId: $id, cron: "0 5 * * *") { id } }', { id: b.accountId }],
      ['mutation($id: ID!) { deleteMuteRule(id: $id) }', { id: b.muteRuleId }],
      ['mutation($ids: [ID!]!) { muteFindings(ids: $ids, reason: "cross-tenant") { id } }', { ids: b.findingIds }],
      ['mutation($id: ID!) { deleteNotificationRule(id: $id) }', { id: b.notificationRuleId }],
      ['mutation($id: ID!) { assignRole(userId: $id, role: ANALYST) { id } }', { id: orgs.b.admin.id }],
      ['mutation($id: ID!) { disableUser(userId: $id) { id } }', { id: orgs.b.admin.id }],
      ['mutation($id: ID!) { resetMfa(userId: $id) { id } }', { id: orgs.b.admin.id }],
      ['mutation($id: ID!) { revokeApiToken(id: $id) { id } }', { id: b.apiTokenId }],
    ];
    for (const [query, variables] of attempts) {
      const r = await h.gql(query, variables, orgs.a.adminToken);
      expect(r.errors?.[0]?.extensions?.code, query).toBe('NOT_FOUND');
      expectNoneOfB(r.data, query);
    }
    expect(await stateOfB()).toEqual(before);
  });

  it('R2 _entities: every subgraph resolves org B references to null for an org A viewer (and to B\'s data for B, the control)', async () => {
    const b = orgs.b.data;
    const calls: [keyof Harness['subgraphUrls'], string, Record<string, unknown>[]][] = [
      ['inventory', '... on AwsAccount { id name } ... on Scan { id status } ... on Resource { id arn }', [
        { __typename: 'AwsAccount', id: b.accountId }, { __typename: 'Scan', id: b.scanId }, { __typename: 'Resource', id: b.resourceIds[0] }]],
      ['findings', '... on Finding { id resourceArn } ... on Alert { id }', [{ __typename: 'Finding', id: b.findingIds[0] }, { __typename: 'Alert', id: b.alertIds[0] }]],
      ['auth', '... on User { id email }', [{ __typename: 'User', id: orgs.b.admin.id }]],
    ];
    const viewerOf = (key: 'a' | 'b'): Viewer => ({ kind: 'user', userId: orgs[key].admin.id, orgId: orgs[key].orgId, role: 'ADMIN', email: orgs[key].admin.email, mfa: true });
    const entities = async (subgraph: keyof Harness['subgraphUrls'], query: string, variables: Record<string, unknown>, viewer: Viewer) => {
      const res = await fetch(h.subgraphUrls[subgraph], {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-cspmexa-assertion': signAssertion(viewer, { requestId: 'r2-entities' }, h.internalSecret) },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as { data?: { _entities: unknown[] } };
    };
    for (const [subgraph, fragments, representations] of calls) {
      const query = `query($r: [_Any!]!) { _entities(representations: $r) { __typename ${fragments} } }`;
      expect((await entities(subgraph, query, { r: representations }, viewerOf('a'))).data?._entities, subgraph).toEqual(representations.map(() => null));
      expect((await entities(subgraph, query, { r: representations }, viewerOf('b'))).data?._entities.every(Boolean), `${subgraph} control`).toBe(true);
    }
    // What findings adds to inventory's entities is read in the viewer's org: B's resource has no findings for A.
    const contributed = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Resource { findings(first: 10) { totalCount } } ... on Scan { evaluation { total } } } }`;
    const reps = { r: [{ __typename: 'Resource', id: b.resourceIds[0] }, { __typename: 'Scan', id: b.scanId }] };
    expect((await entities('findings', contributed, reps, viewerOf('a'))).data?._entities).toEqual([{ findings: { totalCount: 0 } }, { evaluation: null }]);
  });

  it('R2 subscriptions: org A\'s alert stream carried none of org B\'s alerts, and following an org B scan yields nothing of it', async () => {
    expect(alertIdsOf(orgs.a.alerts.events).filter((id) => orgs.b.data.alertIds.includes(id))).toEqual([]);
    expectNoneOfB(orgs.a.alerts.events, 'alertRaised of org A');
    const follow = h.subscribe('subscription($s: ID!) { scanProgress(scanId: $s) { scanId status percentage } }', { s: orgs.b.data.scanId }, orgs.a.adminToken);
    await new Promise((resolve) => setTimeout(resolve, 500));
    await follow.close();
    expectNoneOfB(follow.events, 'scanProgress of an org B scan');
    expect(follow.events.filter((e) => (e as { data?: { scanProgress?: unknown } }).data?.scanProgress)).toEqual([]);
  });
});
