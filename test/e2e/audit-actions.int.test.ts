/**
 * Who did what (L1, issue 3; issue 5 "who muted and when"): every security-relevant action of inventory, findings
 * and notifications, performed through the real gateway, is in auth's hash-chained trail with actor, target, UTC
 * time, IP, user agent and the request's id; secrets never reach it; a refused action leaves only its
 * `authorization.denied`; the chain still verifies afterwards.
 */
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAND_IN_CREDENTIALS, standInEndpointEnv, startS3StandIn, type S3StandIn } from '@cspmexa/aws-local';
import { auditActionsBySubgraph } from '@cspmexa/server-kit';
import { adminSession, ok, seedMembers, signIn, type Member } from '../support/identities';
import { startHarness, type Harness } from '../support/product-harness';

const USER_AGENT = 'audit-actions-test/1.0';
const KEY_ID = `AKIA${crypto.randomBytes(8).toString('hex').toUpperCase()}`;
const SECRET = crypto.randomBytes(30).toString('base64').replace(/[^A-Za-z0-9]/g, 'x');
const NEW_KEY_ID = `AKIA${crypto.randomBytes(8).toString('hex').toUpperCase()}`;
const NEW_SECRET = crypto.randomBytes(30).toString('base64').replace(/[^A-Za-z0-9]/g, 'y');
const MEMBER = { id: '210987654321', name: 'member-a' };

let h: Harness;
let standIn: S3StandIn;
let adminId: string;
let adminToken: string;
let analyst: Member;
let analystToken: string;

interface Entry {
  id: string;
  action: string;
  actorId: string | null;
  target: string | null;
  at: string;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
  details: Record<string, unknown>;
}

/** One GraphQL request as the dashboard sends it, with its request id from the gateway's `x-request-id`. */
async function act<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, token = adminToken) {
  const res = await fetch(`${h.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', authorization: `Bearer ${token}`, 'user-agent': USER_AGENT },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  return { ...body, requestId: res.headers.get('x-request-id')! };
}

async function done<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, token = adminToken) {
  const r = await act<T>(query, variables, token);
  expect(r.errors, query).toBeUndefined();
  return { data: r.data!, requestId: r.requestId };
}

const EVENTS = `query($f: AuditEventFilter) { auditEvents(filter: $f, first: 100) { totalCount edges { node { id action actorId target at ip userAgent requestId details } } } }`;

async function entriesOf(requestId: string, actions?: string[]): Promise<Entry[]> {
  const data = await ok<{ auditEvents: { edges: { node: Entry }[] } }>(h, EVENTS, { f: actions ? { actions } : null }, adminToken);
  return data.auditEvents.edges.map((e) => e.node).filter((e) => e.requestId === requestId);
}

/** The one entry of `action` written for this request, with the request's actor, IP, user agent and time. */
async function audited(requestId: string, action: string, expected: { actorId?: string; target: string | null }): Promise<Entry> {
  const entries = await entriesOf(requestId, [action]);
  expect(entries, action).toHaveLength(1);
  const entry = entries[0]!;
  expect(entry, action).toMatchObject({ action, actorId: expected.actorId ?? adminId, target: expected.target, userAgent: USER_AGENT, requestId });
  expect(entry.ip, action).toBeTruthy();
  expect(Date.now() - Date.parse(entry.at)).toBeLessThan(10 * 60_000);
  expect(entry.at).toMatch(/Z$/);
  return entry;
}

beforeAll(async () => {
  standIn = await startS3StandIn({ buckets: {}, accessKeys: [{ accessKeyId: KEY_ID, secretAccessKey: SECRET }], organization: [MEMBER] });
  Object.assign(process.env, {
    AWS_ACCESS_KEY_ID: STAND_IN_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: STAND_IN_CREDENTIALS.secretAccessKey,
    AWS_REGION: 'us-east-1',
    ...standInEndpointEnv(standIn.endpoint),
  });
  h = await startHarness();
  adminToken = await adminSession(h, h.adminEmail, h.adminPassword);
  const me = (await ok(h, '{ me { id organization { id } } }', {}, adminToken)).me;
  adminId = me.id;
  [analyst] = (await seedMembers(h, me.organization.id, ['ANALYST'])) as [Member];
  analystToken = (await signIn(h, analyst.email, analyst.password)).accessToken;
});

afterAll(async () => {
  await h?.stop();
  await standIn?.close();
});

describe('AWS accounts and scans (inventory)', () => {
  let keysAccountId: string;
  let chainAccountId: string;

  it('L1 an access-key account: created, updated with new keys and connection-tested, audited without any secret', async () => {
    const created = await done<{ addAwsAccount: { id: string } }>(
      'mutation Add($i: AddAwsAccountInput!) { addAwsAccount(input: $i) { id } }',
      { i: { name: 'keys', authMethod: 'ACCESS_KEYS', accessKeyId: KEY_ID, secretAccessKey: SECRET, regions: ['us-east-1', 'eu-west-1'] } },
    );
    keysAccountId = created.data.addAwsAccount.id;
    const entry = await audited(created.requestId, 'aws_account.created', { target: keysAccountId });
    expect(entry.details).toMatchObject({ name: 'keys', authMethod: 'ACCESS_KEYS', accessKeyIdLast4: KEY_ID.slice(-4), regions: 'us-east-1,eu-west-1', subgraph: 'inventory' });

    const updated = await done(
      'mutation Update($id: ID!, $i: UpdateAwsAccountInput!) { updateAwsAccount(id: $id, input: $i) { id } }',
      { id: keysAccountId, i: { name: 'keys renamed', accessKeyId: NEW_KEY_ID, secretAccessKey: NEW_SECRET } },
    );
    const update = await audited(updated.requestId, 'aws_account.updated', { target: keysAccountId });
    expect(update.details).toMatchObject({ name: 'keys renamed', changed: 'name,credentials', credentialsChanged: true, accessKeyIdLast4: NEW_KEY_ID.slice(-4) });

    const tested = await done<{ testAwsConnection: { status: string } }>('mutation Test($a: ID) { testAwsConnection(accountId: $a) { status } }', { a: keysAccountId });
    const test = await audited(tested.requestId, 'aws_account.connection_tested', { target: keysAccountId });
    expect(test.details.status).toBe(tested.data.testAwsConnection.status);

    // Nothing of either key but its last 4 characters, anywhere in the entries.
    const written = JSON.stringify([entry, update, test]);
    for (const secret of [SECRET, NEW_SECRET, KEY_ID, NEW_KEY_ID, KEY_ID.slice(0, -4), NEW_KEY_ID.slice(0, -4)]) expect(written).not.toContain(secret);
  });

  it('L1 Organizations members added, schedule set, scan started and cancelled, account deleted', async () => {
    const chain = await done<{ addAwsAccount: { id: string } }>('mutation { addAwsAccount(input: { name: "management", authMethod: DEFAULT_CHAIN }) { id } }');
    chainAccountId = chain.data.addAwsAccount.id;
    await audited(chain.requestId, 'aws_account.created', { target: chainAccountId });

    const members = await done<{ addOrganizationAccounts: { id: string }[] }>(
      'mutation($a: ID!, $m: [String!]!) { addOrganizationAccounts(accountId: $a, memberIds: $m, roleName: "OrganizationAccountAccessRole") { id } }',
      { a: chainAccountId, m: [MEMBER.id] },
    );
    const added = await audited(members.requestId, 'aws_account.organization_members_added', { target: chainAccountId });
    expect(added.details).toMatchObject({ count: 1, roleName: 'OrganizationAccountAccessRole', awsAccountIds: MEMBER.id });

    const scheduled = await done('mutation($a: ID!) { scheduleScans(accountId: $a, cron: "0 3 * * *") { id } }', { a: keysAccountId });
    expect((await audited(scheduled.requestId, 'scan.schedule_set', { target: keysAccountId })).details).toMatchObject({ cron: '0 3 * * *' });

    // An analyst may scan: the entry names the analyst.
    const started = await done<{ startScan: { id: string } }>('mutation($a: ID!) { startScan(accountId: $a) { id } }', { a: chainAccountId }, analystToken);
    const scanId = started.data.startScan.id;
    expect((await audited(started.requestId, 'scan.started', { actorId: analyst.id, target: scanId })).details).toMatchObject({ accountId: chainAccountId });
    const cancelled = await done('mutation($s: ID!) { cancelScan(scanId: $s) { id } }', { s: scanId }, analystToken);
    await audited(cancelled.requestId, 'scan.cancelled', { actorId: analyst.id, target: scanId });

    const deleted = await done('mutation($id: ID!) { deleteAwsAccount(id: $id) }', { id: keysAccountId });
    await audited(deleted.requestId, 'aws_account.deleted', { target: keysAccountId });
  });
});

describe('snapshots, the demo account and findings triage (inventory, findings)', () => {
  let demoScanId: string;
  let demoAccountId: string;

  it('L1 demo account added, its scan exported, the file uploaded as a new account and as a replacement', async () => {
    const demo = await done<{ addDemoAccount: { id: string; lastScan: { id: string } } }>('mutation { addDemoAccount { id lastScan { id } } }');
    demoAccountId = demo.data.addDemoAccount.id;
    demoScanId = demo.data.addDemoAccount.lastScan.id;
    await audited(demo.requestId, 'aws_account.demo_added', { target: demoAccountId });
    await expect
      .poll(async () => (await ok(h, 'query($id: ID!) { scan(id: $id) { status evaluation { evaluatedAt } } }', { id: demoScanId }, adminToken)).scan, { timeout: 60_000, interval: 250 })
      .toMatchObject({ status: 'COMPLETED', evaluation: { evaluatedAt: expect.any(String) } });

    const exported = await done<{ exportScanSnapshot: { id: string } }>('mutation($s: ID!) { exportScanSnapshot(scanId: $s, destination: LOCAL) { id } }', { s: demoScanId });
    const exportId = exported.data.exportScanSnapshot.id;
    expect((await audited(exported.requestId, 'snapshot.exported', { target: exportId })).details).toMatchObject({ scanId: demoScanId, destination: 'LOCAL' });
    await expect.poll(async () => (await ok(h, 'query($id: ID!) { snapshotExport(id: $id) { status } }', { id: exportId }, adminToken)).snapshotExport.status, { timeout: 30_000 }).toBe('COMPLETED');
    const parts: Buffer[] = [];
    for (let offset: number | null = 0; offset !== null; ) {
      const chunk: { snapshotExport: { content: { data: string; nextOffset: number | null } } } = await ok(
        h,
        'query($id: ID!, $o: Int) { snapshotExport(id: $id) { content(offset: $o) { data nextOffset } } }',
        { id: exportId, o: offset },
        adminToken,
      );
      parts.push(Buffer.from(chunk.snapshotExport.content.data, 'base64'));
      offset = chunk.snapshotExport.content.nextOffset;
    }
    const file = Buffer.concat(parts);

    const upload = async () => {
      const started = await done<{ startSnapshotUpload: { id: string; maxChunkBytes: number } }>('mutation { startSnapshotUpload { id maxChunkBytes } }');
      const { id, maxChunkBytes } = started.data.startSnapshotUpload;
      await audited(started.requestId, 'snapshot.upload_started', { target: id });
      for (let offset = 0; offset < file.length; offset += maxChunkBytes) {
        const appended = await done('mutation($id: ID!, $o: Int!, $d: String!) { appendSnapshotUpload(uploadId: $id, offset: $o, data: $d) { id } }', {
          id,
          o: offset,
          d: file.subarray(offset, offset + maxChunkBytes).toString('base64'),
        });
        // Chunks are transport, not actions: they are not audited one by one.
        expect(await entriesOf(appended.requestId)).toEqual([]);
      }
      return id;
    };
    const firstUpload = await upload();
    const added = await done<{ addSnapshotAccount: { id: string; lastScan: { id: string } } }>(
      'mutation($u: ID!) { addSnapshotAccount(input: { name: "copy", uploadId: $u }) { id lastScan { id } } }',
      { u: firstUpload },
    );
    const copyId = added.data.addSnapshotAccount.id;
    expect((await audited(added.requestId, 'aws_account.snapshot_added', { target: copyId })).details).toMatchObject({ name: 'copy', uploadId: firstUpload });
    // A snapshot is replaced only between scans.
    const copyScan = added.data.addSnapshotAccount.lastScan.id;
    await expect.poll(async () => (await ok(h, 'query($id: ID!) { scan(id: $id) { status } }', { id: copyScan }, adminToken)).scan.status, { timeout: 60_000, interval: 250 }).toBe('COMPLETED');
    const secondUpload = await upload();
    const replaced = await done('mutation($a: ID!, $u: ID!) { replaceAccountSnapshot(accountId: $a, uploadId: $u) { id } }', { a: copyId, u: secondUpload });
    expect((await audited(replaced.requestId, 'aws_account.snapshot_replaced', { target: copyId })).details).toMatchObject({ uploadId: secondUpload });
  });

  it('L1 issue 5: who muted and when: rule created, findings muted in bulk (count, rule id) by an analyst, rule deleted, findings exported', async () => {
    const checkId = (await ok<{ checks: { id: string }[] }>(h, '{ checks { id } }', {}, adminToken)).checks[0]!.id;
    const rule = await done<{ createMuteRule: { id: string } }>(
      'mutation($i: CreateMuteRuleInput!) { createMuteRule(input: $i) { id } }',
      { i: { reason: 'accepted risk: lab', checkIds: [checkId] } },
    );
    const ruleId = rule.data.createMuteRule.id;
    expect((await audited(rule.requestId, 'mute_rule.created', { target: ruleId })).details).toMatchObject({ reason: 'accepted risk: lab', checkIds: checkId, subgraph: 'findings' });

    const open = await ok<{ findings: { edges: { node: { id: string } }[] } }>(h, '{ findings(first: 3, filter: { statuses: [OPEN] }) { edges { node { id } } } }', {}, analystToken);
    const ids = open.findings.edges.map((e) => e.node.id);
    expect(ids).toHaveLength(3);
    const muted = await done<{ muteFindings: { id: string } }>('mutation($ids: [ID!]!) { muteFindings(ids: $ids, reason: "false positive") { id } }', { ids }, analystToken);
    const bulkRuleId = muted.data.muteFindings.id;
    const mute = await audited(muted.requestId, 'findings.muted', { actorId: analyst.id, target: bulkRuleId });
    expect(mute.details).toMatchObject({ muteRuleId: bulkRuleId, count: 3, reason: 'false positive' });

    const deleted = await done('mutation($id: ID!) { deleteMuteRule(id: $id) }', { id: ruleId });
    await audited(deleted.requestId, 'mute_rule.deleted', { target: ruleId });

    const exported = await done<{ exportFindings: { id: string } }>('mutation { exportFindings(format: CSV, filter: { severities: [CRITICAL, HIGH] }) { id } }', {}, analystToken);
    const exportEntry = await audited(exported.requestId, 'findings.exported', { actorId: analyst.id, target: exported.data.exportFindings.id });
    expect(exportEntry.details).toMatchObject({ format: 'CSV', filter: expect.stringContaining('CRITICAL') });
  });
});

describe('notification rules (notifications)', () => {
  it('L1 rule created and deleted', async () => {
    const created = await done<{ createNotificationRule: { id: string } }>(
      'mutation($i: CreateNotificationRuleInput!) { createNotificationRule(input: $i) { id } }',
      { i: { name: 'criticals', minSeverity: 'CRITICAL', recipients: ['sec@example.test'] } },
    );
    const id = created.data.createNotificationRule.id;
    expect((await audited(created.requestId, 'notification_rule.created', { target: id })).details).toMatchObject({ name: 'criticals', minSeverity: 'CRITICAL', recipients: 'sec@example.test', subgraph: 'notifications' });
    const deleted = await done('mutation($id: ID!) { deleteNotificationRule(id: $id) }', { id });
    await audited(deleted.requestId, 'notification_rule.deleted', { target: id });
  });
});

describe('refusals, the filter and the chain', () => {
  it('R1 L1 a refused action (FORBIDDEN) records only its denial, never the action', async () => {
    const refusals: [string, Record<string, unknown>][] = [
      ['mutation { addAwsAccount(input: { name: "sneaky", authMethod: DEFAULT_CHAIN }) { id } }', {}],
      ['mutation { createNotificationRule(input: { name: "x", minSeverity: LOW, recipients: ["x@example.test"] }) { id } }', {}],
      ['mutation { addDemoAccount { id } }', {}],
    ];
    for (const [query, variables] of refusals) {
      const r = await act(query, variables, analystToken);
      expect(r.errors?.[0]?.extensions?.code, query).toBe('FORBIDDEN');
      const entries = await entriesOf(r.requestId);
      expect(entries.map((e) => e.action), query).toEqual(['authorization.denied']);
      expect(entries[0]).toMatchObject({ actorId: analyst.id, userAgent: USER_AGENT });
    }
  });

  it('L1 auditActions lists every subgraph\'s names and the filter narrows to them', async () => {
    const { auditActions } = await ok<{ auditActions: string[] }>(h, '{ auditActions }', {}, adminToken);
    expect(auditActions).toEqual(Object.values(auditActionsBySubgraph).flat());
    expect(auditActions).toEqual(expect.arrayContaining(['aws_account.created', 'findings.muted', 'notification_rule.deleted', 'login.failed']));
    const picked = ['findings.muted', 'mute_rule.deleted'];
    const data = await ok<{ auditEvents: { totalCount: number; edges: { node: Entry }[] } }>(h, EVENTS, { f: { actions: picked } }, adminToken);
    expect(data.auditEvents.totalCount).toBe(2);
    expect(new Set(data.auditEvents.edges.map((e) => e.node.action))).toEqual(new Set(picked));
    expect((await act('{ auditActions }', {}, analystToken)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('L2 the chain still verifies after all of these entries', async () => {
    const { verifyAuditChain } = await ok(h, '{ verifyAuditChain { ok firstBrokenId checkedCount } }', {}, adminToken);
    expect(verifyAuditChain).toMatchObject({ ok: true, firstBrokenId: null });
    expect(verifyAuditChain.checkedCount).toBeGreaterThan(25);
  });
});
