/**
 * Onboarding over the wire: the generated templates, "Test connection" and Organizations discovery against the
 * local AWS stand-in, through the real SDK clients (AWS_ENDPOINT_URL_*), with the stand-in's STS enforcing each
 * role's ExternalId condition as AWS does (A1).
 */
import crypto from 'node:crypto';
import { startS3StandIn, type S3StandIn } from '@cspmexa/aws-local';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { scanOutcome, startHarness, user, type Harness } from './support/harness';
import { pointAwsAtStandIn } from './support/stand-in-env';

const ORG_A = `org-a-${crypto.randomUUID()}`;
const ORG_B = `org-b-${crypto.randomUUID()}`;
const SERVER_ACCOUNT = '999900001111';
const CUSTOMER = '210987654321';
const ROLE_ARN = `arn:aws:iam::${CUSTOMER}:role/CSPMEXA-ReadOnly`;

const ONBOARDING = `query($roleName: String) { onboarding(roleName: $roleName) { externalId trustedPrincipalArn trustedPrincipalSource roleName managedPolicyArns trustPolicy inlinePolicy cloudFormationTemplate terraform } }`;
const ADD = `mutation($input: AddAwsAccountInput!) { addAwsAccount(input: $input) { id awsAccountId } }`;
const TEST = `mutation($accountId: ID, $input: AwsConnectionInput) { testAwsConnection(accountId: $accountId, input: $input) { status awsAccountId callerArn missingPermissions problem checks { action region status code } } }`;
const START = `mutation($id: ID!) { startScan(accountId: $id) { id } }`;

let standIn: S3StandIn;
let h: Harness;
let restoreEnv: () => void;

beforeAll(async () => {
  standIn = await startS3StandIn({ accountId: SERVER_ACCOUNT, buckets: { 'customer-data': {} } });
  restoreEnv = pointAwsAtStandIn(standIn);
  h = await startHarness();
});
afterEach(() => standIn.clearFailures());
afterAll(async () => {
  await h?.close();
  await standIn?.close();
  restoreEnv?.();
});

async function addAccount(org: string, input: Record<string, unknown>): Promise<string> {
  const res = await h.gql(user(org), ADD, { input });
  expect(res.errors).toBeUndefined();
  return res.data?.addAwsAccount.id;
}

describe('onboarding content', () => {
  it("A1 A2 gives admins the org's ExternalId in a trust policy, CloudFormation template and Terraform that agree", async () => {
    const res = await h.gql(user(ORG_A), ONBOARDING);
    expect(res.errors).toBeUndefined();
    const o = res.data?.onboarding;
    // No AWS_PRINCIPAL_ARN: the account of the server's own credentials (the stand-in's GetCallerIdentity).
    expect(o).toMatchObject({ trustedPrincipalArn: `arn:aws:iam::${SERVER_ACCOUNT}:root`, trustedPrincipalSource: 'SERVER_IDENTITY', roleName: 'CSPMEXA-ReadOnly' });
    expect(o.managedPolicyArns).toEqual(['arn:aws:iam::aws:policy/SecurityAudit', 'arn:aws:iam::aws:policy/job-function/ViewOnlyAccess']);
    const trust = JSON.parse(o.trustPolicy);
    expect(trust.Statement[0]).toMatchObject({ Principal: { AWS: o.trustedPrincipalArn }, Condition: { StringEquals: { 'sts:ExternalId': o.externalId } } });
    const properties = parse(o.cloudFormationTemplate).Resources.CspmexaReadOnlyRole.Properties;
    expect(properties.AssumeRolePolicyDocument).toEqual(trust);
    expect(properties.ManagedPolicyArns).toEqual(o.managedPolicyArns);
    expect(properties.Policies[0].PolicyDocument).toEqual(JSON.parse(o.inlinePolicy));
    expect(o.terraform).toContain(`"sts:ExternalId": "${o.externalId}"`);
    for (const arn of o.managedPolicyArns) expect(o.terraform).toContain(`policy_arn = "${arn}"`);

    const named = await h.gql(user(ORG_A), ONBOARDING, { roleName: 'Scanner' });
    expect(named.data?.onboarding.externalId).toBe(o.externalId);
    expect(parse(named.data?.onboarding.cloudFormationTemplate).Resources.CspmexaReadOnlyRole.Properties.RoleName).toBe('Scanner');
    const bad = await h.gql(user(ORG_A), ONBOARDING, { roleName: 'no spaces allowed' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((await h.gql(user(ORG_A, 'ANALYST'), ONBOARDING)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('A1 tenant B registering tenant A\'s role cannot assume it', () => {
  it('A1 the role trusts A\'s ExternalId only: A connects and scans, B gets ROLE_NOT_ASSUMABLE and a FAILED scan', async () => {
    const externalIdA = (await h.gql(user(ORG_A), ONBOARDING)).data?.onboarding.externalId;
    standIn.defineRole(ROLE_ARN, { externalId: externalIdA });
    const accountA = await addAccount(ORG_A, { name: 'Customer', authMethod: 'ASSUME_ROLE', roleArn: ROLE_ARN });
    const accountB = await addAccount(ORG_B, { name: 'Not mine', authMethod: 'ASSUME_ROLE', roleArn: ROLE_ARN });

    const testA = (await h.gql(user(ORG_A), TEST, { accountId: accountA })).data?.testAwsConnection;
    expect(testA).toMatchObject({ status: 'CONNECTED', awsAccountId: CUSTOMER, missingPermissions: [], problem: null });
    expect(testA.callerArn).toBe(`arn:aws:sts::${CUSTOMER}:assumed-role/CSPMEXA-ReadOnly/cspmexa-scan`);

    const externalIdB = (await h.gql(user(ORG_B), ONBOARDING)).data?.onboarding.externalId;
    expect(externalIdB).not.toBe(externalIdA);
    const testB = await h.gql(user(ORG_B), TEST, { accountId: accountB });
    expect(testB.errors).toBeUndefined();
    expect(testB.data?.testAwsConnection).toMatchObject({ status: 'ROLE_NOT_ASSUMABLE', awsAccountId: null, checks: [], missingPermissions: [] });
    expect(testB.data?.testAwsConnection.problem).toContain(`sts:ExternalId = ${externalIdB}`);
    expect(standIn.assumeRoleCalls.at(-1)).toMatchObject({ roleArn: ROLE_ARN, externalId: externalIdB });
    // The same before connecting: testing B's details as input.
    const proposed = await h.gql(user(ORG_B), TEST, { input: { authMethod: 'ASSUME_ROLE', roleArn: ROLE_ARN } });
    expect(proposed.data?.testAwsConnection.status).toBe('ROLE_NOT_ASSUMABLE');

    const scanB = await scanOutcome(h, user(ORG_B), (await h.gql(user(ORG_B), START, { id: accountB })).data?.startScan.id);
    expect(scanB.status).toBe('FAILED');
    expect(scanB.failureReason).toContain('AccessDenied');
    const scanA = await scanOutcome(h, user(ORG_A), (await h.gql(user(ORG_A), START, { id: accountA })).data?.startScan.id);
    expect(scanA.status).toBe('COMPLETED');
    const resourcesB = await h.gql(user(ORG_B), `{ resources { totalCount } }`);
    expect(resourcesB.data?.resources.totalCount).toBe(0);
  });
});

describe('testAwsConnection over the wire', () => {
  it('A2 lists each denied permission by IAM action name', async () => {
    const account = await addAccount(ORG_A, { name: 'Server account', authMethod: 'DEFAULT_CHAIN', regions: ['eu-west-1'] });
    standIn.failApi('iam:GenerateCredentialReport', 'AccessDenied');
    standIn.failApi('ec2:DescribeInstances', 'UnauthorizedOperation');
    standIn.failApi('s3:ListBuckets', 'AccessDenied');
    standIn.failApi('access-analyzer:ListAnalyzers', 'AccessDeniedException');
    const res = await h.gql(user(ORG_A), TEST, { accountId: account });
    expect(res.errors).toBeUndefined();
    const t = res.data?.testAwsConnection;
    expect(t).toMatchObject({ status: 'MISSING_PERMISSIONS', awsAccountId: SERVER_ACCOUNT });
    expect(t.missingPermissions).toEqual(['access-analyzer:ListAnalyzers', 'ec2:DescribeInstances', 'iam:GenerateCredentialReport', 's3:ListAllMyBuckets']);
    expect(t.checks.filter((c: { action: string }) => c.action === 'ec2:DescribeInstances').map((c: { region: string }) => c.region)).toEqual(['us-east-1', 'eu-west-1']);
    // No account-level Block Public Access and no report yet on the stand-in: authorized all the same.
    expect(t.checks.find((c: { action: string }) => c.action === 's3:GetAccountPublicAccessBlock')).toMatchObject({ status: 'ALLOWED', code: 'NoSuchPublicAccessBlockConfiguration' });

    standIn.clearFailures();
    const ok = await h.gql(user(ORG_A), TEST, { accountId: account });
    expect(ok.data?.testAwsConnection).toMatchObject({ status: 'CONNECTED', missingPermissions: [] });
    // The account-level services are probed over their own wire protocols too; no security contact is still allowed.
    const probed = ok.data?.testAwsConnection.checks.map((c: { action: string; status: string }) => `${c.action}:${c.status}`);
    for (const action of ['ssm:DescribeInstanceInformation', 'cloudtrail:ListTrails', 'config:DescribeConfigurationRecorders', 'logs:DescribeMetricFilters', 'cloudwatch:DescribeAlarms', 'account:GetAlternateContact', 'access-analyzer:ListAnalyzers']) {
      expect(probed).toContain(`${action}:ALLOWED`);
    }
  });

  it('answers INVALID_CREDENTIALS for access keys AWS does not know', async () => {
    const res = await h.gql(user(ORG_A), TEST, {
      input: { authMethod: 'ACCESS_KEYS', accessKeyId: `AKIA${crypto.randomBytes(8).toString('hex').toUpperCase()}`, secretAccessKey: crypto.randomBytes(30).toString('base64') },
    });
    expect(res.data?.testAwsConnection).toMatchObject({ status: 'INVALID_CREDENTIALS', checks: [] });
  });

  it('is for admins only, and takes exactly one of accountId and input', async () => {
    const analyst = await h.gql(user(ORG_A, 'ANALYST'), TEST, { input: { authMethod: 'DEFAULT_CHAIN' } });
    expect(analyst.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const neither = await h.gql(user(ORG_A), TEST, {});
    expect(neither.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const foreign = await h.gql(user(ORG_B), TEST, { accountId: crypto.randomUUID() });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('AWS Organizations discovery', () => {
  const DISCOVER = `query($id: ID!) { discoverOrganizationAccounts(accountId: $id) { awsAccountId name email status connected } }`;
  const ADD_MEMBERS = `mutation($id: ID!, $members: [String!]!, $role: String!) { addOrganizationAccounts(accountId: $id, memberIds: $members, roleName: $role) { id name authMethod roleArn awsAccountId regions } }`;
  const members = [
    { id: SERVER_ACCOUNT, name: 'management' },
    { id: CUSTOMER, name: 'customer' },
    ...Array.from({ length: 23 }, (_, i) => ({ id: String(300000000000 + i), name: `workload-${String(i).padStart(2, '0')}` })),
  ];

  it('lists every member across pages, marks those already connected, and adds the chosen ones in one step', async () => {
    standIn.setOrganization(members);
    const management = await addAccount(ORG_A, { name: 'Management', authMethod: 'DEFAULT_CHAIN', regions: ['eu-west-1'] });
    const listed = await h.gql(user(ORG_A), DISCOVER, { id: management });
    expect(listed.errors).toBeUndefined();
    const found = listed.data?.discoverOrganizationAccounts;
    expect(found).toHaveLength(members.length);
    expect(found.find((m: { awsAccountId: string }) => m.awsAccountId === CUSTOMER)).toMatchObject({ name: 'customer', status: 'ACTIVE', connected: true });
    expect(found.find((m: { awsAccountId: string }) => m.awsAccountId === '300000000007')).toMatchObject({ name: 'workload-07', connected: false });

    const added = await h.gql(user(ORG_A), ADD_MEMBERS, { id: management, members: ['300000000001', '300000000002', CUSTOMER], role: 'CSPMEXA-ReadOnly' });
    expect(added.errors).toBeUndefined();
    // The customer account was connected already: skipped.
    expect(added.data?.addOrganizationAccounts).toEqual([
      expect.objectContaining({ name: 'workload-01', authMethod: 'ASSUME_ROLE', roleArn: 'arn:aws:iam::300000000001:role/CSPMEXA-ReadOnly', awsAccountId: '300000000001', regions: ['eu-west-1'] }),
      expect.objectContaining({ name: 'workload-02', roleArn: 'arn:aws:iam::300000000002:role/CSPMEXA-ReadOnly' }),
    ]);
    const again = await h.gql(user(ORG_A), DISCOVER, { id: management });
    expect(again.data?.discoverOrganizationAccounts.filter((m: { connected: boolean }) => m.connected).map((m: { awsAccountId: string }) => m.awsAccountId).sort()).toEqual(
      ['300000000001', '300000000002', CUSTOMER, SERVER_ACCOUNT].sort(),
    );
  });

  it('refuses strangers and explains an account that cannot list its organization, adding nothing', async () => {
    const management = await addAccount(ORG_B, { name: 'Lonely', authMethod: 'DEFAULT_CHAIN' });
    standIn.setOrganization(members);
    const stranger = await h.gql(user(ORG_B), ADD_MEMBERS, { id: management, members: ['300000000003', '123123123123'], role: 'CSPMEXA-ReadOnly' });
    expect(stranger.errors?.[0]).toMatchObject({ message: 'Not members of this organization: 123123123123.', extensions: { code: 'BAD_USER_INPUT', field: 'memberIds' } });
    standIn.failApi('organizations:ListAccounts', 'AccessDeniedException');
    const denied = await h.gql(user(ORG_B), DISCOVER, { id: management });
    expect(denied.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(denied.errors?.[0]?.message).toContain('AccessDeniedException');
    standIn.clearFailures();
    standIn.setOrganization(null);
    expect((await h.gql(user(ORG_B), DISCOVER, { id: management })).errors?.[0]?.message).toContain('AWSOrganizationsNotInUseException');
    expect((await h.gql(user(ORG_B, 'ANALYST'), DISCOVER, { id: management })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await h.gql(user(ORG_B), `{ awsAccounts { totalCount } }`)).data?.awsAccounts.totalCount).toBe(2);
  });
});
