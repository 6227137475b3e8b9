/**
 * Authorization through the real gateway, across every subgraph: admins act only with a session that passed MFA
 * (M5), every admin operation of the composed schema refuses analysts and READ API tokens (R1), each refusal is in
 * auth's audit trail with actor, field, target, IP, user agent and request id (L1), and secrets and external ids
 * stay hidden from non-admins (R3).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isObjectType } from 'graphql';
import { adminSession, createApiToken, enrolMfa, ok, seedMembers, signIn, type Member } from '../support/identities';
import { startHarness, type Harness } from '../support/product-harness';
import { apiSchema, operationFor, rootFields, type ArgumentValues } from '../support/schema-sweep';

let h: Harness;
let adminToken: string;
let analyst: Member;
let analystToken: string;
let readToken: string;
let lateAdmin: Member;
const fixtures = { accountId: '', muteRuleId: '', notificationRuleId: '', adminApiTokenId: '', adminApiToken: '' };

const ROLE_ARN = 'arn:aws:iam::123456789012:role/CSPMEXA-ReadOnly';
const SCHEDULE = '0 3 * * *';

/** Mutations that need no signed-in user: their argument is the credential. */
const CREDENTIAL_MUTATIONS = new Set(['login', 'exchangeLoginCode', 'refreshToken', 'logout', 'verifyMfa']);
/** Mutations an ANALYST may run: on their own account, or triage (SECURITY.md R1: the product's role table). */
const ANALYST_MUTATIONS = new Set(['enrolMfa', 'confirmMfa', 'disableMfa', 'createApiToken', 'revokeApiToken', 'createMuteRule', 'muteFindings', 'exportFindings', 'startScan', 'cancelScan']);
/** Queries only admins may run. Every other query must be listed as analyst-readable: a new one has to be classified. */
const ADMIN_QUERIES = new Set(['users', 'auditEvents', 'auditActions', 'verifyAuditChain', 'invitations', 'onboarding', 'discoverOrganizationAccounts', 'snapshotExport']);
const ANALYST_QUERIES = new Set([
  'authProviders', 'me', 'apiTokens', 'findings', 'finding', 'findingCounts', 'alert', 'checks', 'findingFacets', 'muteRules', 'compliance',
  'postureTrend', 'findingsExport', 'awsAccounts', 'awsAccount', 'scan', 'scans', 'resources', 'resource', 'scanProgressSnapshot',
  'notificationRules', 'emailDeliveries', 'resourceChanges', 'snapshotExportDestinations',
]);

const SNAPSHOT = `{
  users(first: 100) { edges { node { id role disabled mfaEnrolled } } }
  invitations { id }
  apiTokens { id revokedAt }
  awsAccounts(first: 100) { totalCount edges { node { id name scanSchedule regions } } }
  muteRules(first: 100) { totalCount edges { node { id expiresAt } } }
  notificationRules(first: 100) { totalCount edges { node { id enabled minSeverity } } }
}`;
const snapshot = () => ok(h, SNAPSHOT, {}, adminToken);

const DENIALS = `query($f: AuditEventFilter) { auditEvents(filter: $f, first: 100) { edges { node { actorId target ip userAgent requestId details } } } }`;
type Denial = { actorId: string; target: string | null; ip: string | null; userAgent: string | null; requestId: string | null; details: Record<string, unknown> };
async function denialsOf(actorId: string): Promise<Denial[]> {
  const data = await ok<{ auditEvents: { edges: { node: Denial }[] } }>(h, DENIALS, { f: { actions: ['authorization.denied'], actorId } }, adminToken);
  return data.auditEvents.edges.map((e) => e.node);
}

/** Arguments that point at the organization's real objects, so a guard that failed would change them. */
function existing(): ArgumentValues {
  return {
    userId: lateAdmin.id,
    role: 'ANALYST',
    email: 'invited-by-sweep@example.test',
    accountId: fixtures.accountId,
    'deleteMuteRule.id': fixtures.muteRuleId,
    'deleteNotificationRule.id': fixtures.notificationRuleId,
    'revokeApiToken.id': fixtures.adminApiTokenId,
    'scheduleScans.cron': null,
  };
}

function reasonOf(r: { errors?: { extensions?: Record<string, unknown> }[] }) {
  return { code: r.errors?.[0]?.extensions?.code, reason: r.errors?.[0]?.extensions?.reason };
}

beforeAll(async () => {
  h = await startHarness();
  adminToken = await adminSession(h, h.adminEmail, h.adminPassword);
  const orgId = (await ok(h, '{ me { organization { id } } }', {}, adminToken)).me.organization.id as string;
  [analyst, lateAdmin] = (await seedMembers(h, orgId, ['ANALYST', 'ADMIN'])) as [Member, Member];
  analystToken = (await signIn(h, analyst.email, analyst.password)).accessToken;
  readToken = (await createApiToken(h, analystToken, ['READ'])).token;
  const adminApiToken = await createApiToken(h, adminToken, ['READ', 'WRITE']);
  fixtures.adminApiTokenId = adminApiToken.id;
  fixtures.adminApiToken = adminApiToken.token;
  const account = await ok(h, 'mutation($i: AddAwsAccountInput!) { addAwsAccount(input: $i) { id } }', { i: { name: 'prod', authMethod: 'ASSUME_ROLE', roleArn: ROLE_ARN } }, adminToken);
  fixtures.accountId = account.addAwsAccount.id;
  await ok(h, 'mutation($a: ID!, $c: String) { scheduleScans(accountId: $a, cron: $c) { id } }', { a: fixtures.accountId, c: SCHEDULE }, adminToken);
  const mute = await ok(h, 'mutation($i: CreateMuteRuleInput!) { createMuteRule(input: $i) { id } }', { i: { reason: 'accepted risk', checkIds: ['s3_bucket_public_access'] } }, adminToken);
  fixtures.muteRuleId = mute.createMuteRule.id;
  const rule = await ok(h, 'mutation($i: CreateNotificationRuleInput!) { createNotificationRule(input: $i) { id } }', { i: { name: 'high', minSeverity: 'HIGH', recipients: ['sec@example.test'] } }, adminToken);
  fixtures.notificationRuleId = rule.createNotificationRule.id;
});

afterAll(async () => {
  await h?.stop();
});

describe('admins must have MFA in every subgraph (M5)', () => {
  it('M5 an admin whose session has not passed MFA uses the product but is refused admin work in auth, inventory, findings and notifications until enrolled', async () => {
    const before = await snapshot();
    const passwordOnly = (await signIn(h, lateAdmin.email, lateAdmin.password)).accessToken;
    expect((await ok(h, '{ me { role mfaRequiredToEnrol } }', {}, passwordOnly)).me).toEqual({ role: 'ADMIN', mfaRequiredToEnrol: true });
    expect((await ok(h, '{ findings(first: 5) { totalCount } awsAccounts { totalCount } }', {}, passwordOnly)).awsAccounts.totalCount).toBeGreaterThan(0);
    const refusals: [string, string, Record<string, unknown>][] = [
      ['inventory', 'mutation($i: AddAwsAccountInput!) { addAwsAccount(input: $i) { id } }', { i: { name: 'more', authMethod: 'DEFAULT_CHAIN' } }],
      ['inventory', 'mutation($a: ID!) { scheduleScans(accountId: $a, cron: null) { id } }', { a: fixtures.accountId }],
      ['inventory', '{ onboarding { externalId } }', {}],
      ['findings', 'mutation($id: ID!) { deleteMuteRule(id: $id) }', { id: fixtures.muteRuleId }],
      ['notifications', 'mutation($i: CreateNotificationRuleInput!) { createNotificationRule(input: $i) { id } }', { i: { name: 'x', minSeverity: 'LOW', recipients: ['x@example.test'] } }],
      ['notifications', 'mutation($id: ID!) { deleteNotificationRule(id: $id) }', { id: fixtures.notificationRuleId }],
      ['auth', 'mutation($u: ID!) { assignRole(userId: $u, role: ADMIN) { id } }', { u: analyst.id }],
      ['auth', '{ auditEvents { totalCount } }', {}],
    ];
    for (const [subgraph, query, variables] of refusals) {
      expect(reasonOf(await h.gql(query, variables, passwordOnly)), `${subgraph}: ${query}`).toEqual({ code: 'FORBIDDEN', reason: 'MFA_REQUIRED' });
    }
    // Sensitive fields stay hidden too, and a token made by this session is no stronger than the session.
    const hidden = await ok(h, '{ awsAccounts { edges { node { roleArn externalId } } } }', {}, passwordOnly);
    expect(hidden.awsAccounts.edges.map((e: { node: unknown }) => e.node)).toContainEqual({ roleArn: null, externalId: null });
    const write = await createApiToken(h, passwordOnly, ['READ', 'WRITE']);
    expect(reasonOf(await h.gql(refusals[2]![1], {}, write.token))).toEqual({ code: 'FORBIDDEN', reason: 'MFA_REQUIRED' });
    // The control: a WRITE token made by a session that passed MFA does admin work.
    expect((await ok(h, refusals[2]![1], {}, fixtures.adminApiToken)).onboarding.externalId).toBeTruthy();
    expect(await snapshot()).toEqual(before);

    // Enrolling hands out a session that passed MFA: admin work works at once, no second sign-in.
    const withMfa = (await enrolMfa(h, passwordOnly)).accessToken;
    expect((await ok(h, '{ onboarding { externalId } }', {}, withMfa)).onboarding.externalId).toMatch(/.{22,}/);
    const scheduled = await ok(h, 'mutation($a: ID!) { scheduleScans(accountId: $a, cron: "0 4 * * *") { scanSchedule roleArn } }', { a: fixtures.accountId }, withMfa);
    expect(scheduled.scheduleScans).toEqual({ scanSchedule: '0 4 * * *', roleArn: ROLE_ARN });
    await ok(h, 'mutation($a: ID!) { scheduleScans(accountId: $a, cron: "0 3 * * *") { id } }', { a: fixtures.accountId }, withMfa);
  });
});

describe('every subgraph enforces roles and audits refusals (R1, L1)', () => {
  it('R1 L1 an ANALYST on admin mutations of inventory, findings and notifications: FORBIDDEN, nothing changed, authorization.denied audited with IP, user agent and request id', async () => {
    const before = await snapshot();
    const cases: [string, string, Record<string, unknown>, string | null][] = [
      ['Mutation.scheduleScans', 'mutation Unschedule($a: ID!) { scheduleScans(accountId: $a, cron: null) { id } }', { a: fixtures.accountId }, fixtures.accountId],
      ['Mutation.deleteMuteRule', 'mutation Unmute($id: ID!) { deleteMuteRule(id: $id) }', { id: fixtures.muteRuleId }, fixtures.muteRuleId],
      ['Mutation.createNotificationRule', 'mutation Rule($i: CreateNotificationRuleInput!) { createNotificationRule(input: $i) { id } }', { i: { name: 'n', minSeverity: 'LOW', recipients: ['a@example.test'] } }, null],
    ];
    for (const [field, query, variables, target] of cases) {
      const res = await fetch(`${h.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', authorization: `Bearer ${analystToken}`, 'user-agent': 'authz-test/1.0' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { errors?: { extensions?: Record<string, unknown> }[] };
      expect(reasonOf(body), field).toEqual({ code: 'FORBIDDEN', reason: 'NOT_ADMIN' });
      const requestId = res.headers.get('x-request-id');
      const entry = (await denialsOf(analyst.id)).find((d) => d.requestId === requestId);
      expect(entry, field).toMatchObject({ actorId: analyst.id, target, userAgent: 'authz-test/1.0', details: expect.objectContaining({ field, reason: 'NOT_ADMIN' }) });
      expect(entry!.ip).toBeTruthy();
    }
    expect(await snapshot()).toEqual(before);
  });

  it('R1 sweep: every mutation and admin-only query of the composed schema refuses an ANALYST and a READ API token; nothing changes; each refusal is audited', async () => {
    const schema = apiSchema();
    const unclassified = rootFields(schema, 'query').filter((f) => !ADMIN_QUERIES.has(f.name) && !ANALYST_QUERIES.has(f.name));
    expect(unclassified.map((f) => f.name), 'classify new queries in this test').toEqual([]);
    const adminQueries = rootFields(schema, 'query').filter((f) => ADMIN_QUERIES.has(f.name));
    const signedInMutations = rootFields(schema, 'mutation').filter((f) => !CREDENTIAL_MUTATIONS.has(f.name));
    const adminMutations = signedInMutations.filter((f) => !ANALYST_MUTATIONS.has(f.name));
    expect(adminMutations.length).toBeGreaterThanOrEqual(10);
    const before = await snapshot();

    const refusedForAnalyst: string[] = [];
    for (const [kind, fields] of [['query', adminQueries], ['mutation', adminMutations]] as const) {
      for (const field of fields) {
        const { query, variables } = operationFor(kind, field, existing());
        expect(reasonOf(await h.gql(query, variables, analystToken)), `ANALYST ${field.name}`).toEqual({ code: 'FORBIDDEN', reason: 'NOT_ADMIN' });
        expect(reasonOf(await h.gql(query, variables, readToken)).code, `READ token ${field.name}`).toBe('FORBIDDEN');
        refusedForAnalyst.push(`${kind === 'query' ? 'Query' : 'Mutation'}.${field.name}`);
      }
    }
    // A READ token runs no mutation at all, the analyst's own ones included.
    for (const field of signedInMutations.filter((f) => ANALYST_MUTATIONS.has(f.name))) {
      const { query, variables } = operationFor('mutation', field, existing());
      expect(reasonOf(await h.gql(query, variables, readToken)).code, `READ token ${field.name}`).toBe('FORBIDDEN');
    }
    expect(await snapshot()).toEqual(before);
    const denials = await denialsOf(analyst.id);
    const audited = new Set(denials.map((d) => d.details.field));
    expect(refusedForAnalyst.filter((field) => !audited.has(field))).toEqual([]);
    // The gateway refuses the READ token's mutations before any subgraph, and audits that too.
    const readOnly = new Set(denials.filter((d) => d.details.reason === 'API_TOKEN_READ_ONLY' && d.details.apiTokenId).map((d) => d.details.field));
    expect(signedInMutations.map((f) => `Mutation.${f.name}`).filter((field) => !readOnly.has(field))).toEqual([]);
  });
});

describe('secrets and external ids (R3)', () => {
  it('R3 an ANALYST and a READ token see null or FORBIDDEN for role ARNs, the ExternalId and onboarding; an admin with MFA sees them', async () => {
    const accounts = '{ awsAccounts { edges { node { id roleArn externalId accessKeyIdLast4 } } } }';
    for (const token of [analystToken, readToken]) {
      const seen = await ok(h, accounts, {}, token);
      expect(seen.awsAccounts.edges.map((e: { node: unknown }) => e.node)).toContainEqual({ id: fixtures.accountId, roleArn: null, externalId: null, accessKeyIdLast4: null });
      expect((await ok(h, 'query($id: ID!) { awsAccount(id: $id) { roleArn externalId } }', { id: fixtures.accountId }, token)).awsAccount).toEqual({ roleArn: null, externalId: null });
      expect(reasonOf(await h.gql('{ onboarding { externalId trustPolicy } }', {}, token)).code).toBe('FORBIDDEN');
    }
    const adminView = await ok(h, 'query($id: ID!) { awsAccount(id: $id) { roleArn externalId } }', { id: fixtures.accountId }, adminToken);
    expect(adminView.awsAccount).toEqual({ roleArn: ROLE_ARN, externalId: expect.stringMatching(/.{22,}/) });
  });

  it('R3 no field of the API returns a stored secret: the only secret-like fields hand the caller its own credentials once, or are admin-only', async () => {
    const secretLike = /secret|password|passwd|seed|hash|cipher|private|credential|accesskey|otpauth|recovery|token|external|key/i;
    const expected = [
      'AuthPayload.accessToken', 'AuthPayload.refreshToken', 'AuthPayload.mfaToken', // the caller's own new session
      'MfaEnrolment.otpauthUri', 'MfaConfirmation.recoveryCodes', // shown once to the user enrolling, stored encrypted / hashed
      'AuditEvent.prevHash', 'AuditEvent.hash', // chain hashes of the audit trail (ADMIN)
      'CreatedApiToken.token', 'CreatedApiToken.apiToken', // shown once to the token's creator, stored as sha256
      'AuthProviders.password', // a boolean: whether password sign-in is offered
      'AwsAccount.externalId', 'Onboarding.externalId', // ADMIN only (null for others; onboarding FORBIDDEN)
      'AwsAccount.accessKeyIdLast4', // ADMIN only: the last 4 characters of a key id; the keys themselves are write-only (A3)
      'Tag.key', // a resource tag's key
    ];
    const found = Object.values(apiSchema().getTypeMap())
      .filter((t) => isObjectType(t) && !t.name.startsWith('__') && !['Query', 'Mutation', 'Subscription'].includes(t.name))
      .flatMap((t) => Object.keys((t as { getFields(): Record<string, unknown> }).getFields()).filter((f) => secretLike.test(f)).map((f) => `${t.name}.${f}`));
    expect(found.sort()).toEqual(expected.sort());
    // An analyst lists only their own API tokens, without any secret.
    const own = await ok(h, '{ apiTokens { id name scopes } }', {}, analystToken);
    expect(own.apiTokens.map((t: { id: string }) => t.id)).not.toContain(fixtures.adminApiTokenId);
  });
});
