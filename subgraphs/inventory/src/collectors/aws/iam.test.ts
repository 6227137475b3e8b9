import * as iam from '@aws-sdk/client-iam';
import * as s3control from '@aws-sdk/client-s3-control';
import { afterEach, describe, expect, it } from 'vitest';
import { awsError, CREDENTIAL_REPORT, installEstate, mocks } from './fixtures/estate';
import { createIamCollector } from './iam';
import { parseCredentialReport } from './iam-credential-report';
import { collectS3Account } from './s3-account';
import { testScanContext } from './test-support';

const collector = (maxPolls = 3) => createIamCollector({ intervalMs: 0, maxPolls, sleep: async () => undefined });

describe('IAM credential report', () => {
  it('parses dates, N/A, no_information and not_supported into distinct states, root as <root_account>', () => {
    const [root, alice] = parseCredentialReport(CREDENTIAL_REPORT);
    expect(root).toMatchObject({ user: '<root_account>', passwordEnabled: 'not_supported', mfaActive: true, passwordLastUsed: { state: 'date', at: '2024-05-01T10:00:00+00:00' }, passwordLastChanged: { state: 'not_supported' } });
    expect(alice).toMatchObject({
      user: 'alice',
      passwordEnabled: true,
      passwordLastUsed: { state: 'no_information' },
      mfaActive: false,
      accessKeys: [
        { slot: 1, active: true, lastRotated: { state: 'date', at: '2021-02-03T04:05:07+00:00' }, lastUsed: { state: 'not_applicable' } },
        { slot: 2, active: false, lastUsed: { state: 'not_applicable' } },
      ],
    });
  });

  it('rejects a report without its header', () => {
    expect(() => parseCredentialReport('')).toThrow(SyntaxError);
  });
});

describe('IAM collector', () => {
  afterEach(() => Object.values(mocks).forEach((m) => m.reset()));

  it('joins users with their report row, puts the root row on the account, parses URL-encoded documents', async () => {
    installEstate();
    const { resources, errors } = await collector().collect(testScanContext());
    expect(errors).toEqual([]);
    expect(resources.find((r) => r.kind === 'aws.iam.user')).toMatchObject({ userName: 'alice', region: 'global', credentials: { state: 'ok', value: { passwordEnabled: true } }, attachedPolicies: [{ policyName: 'AdministratorAccess' }] });
    expect(resources.find((r) => r.kind === 'aws.iam.account')).toMatchObject({
      arn: 'arn:aws:iam::123456789012:account',
      root: { state: 'ok', value: { user: '<root_account>', mfaActive: true } },
      summary: { state: 'ok', value: { AccountMFAEnabled: 1 } },
      passwordPolicy: { state: 'ok', value: { minimumPasswordLength: 14, requireSymbols: true, requireNumbers: false } },
    });
    expect(resources.find((r) => r.kind === 'aws.iam.policy')).toMatchObject({
      awsManaged: true,
      document: { state: 'ok', value: { Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] } },
      attachedTo: { users: ['alice'], groups: [], roles: [] },
    });
    expect(resources.find((r) => r.kind === 'aws.iam.role')).toMatchObject({ assumeRolePolicy: { state: 'ok', value: { Statement: [{ Principal: { AWS: 'arn:aws:iam::999999999999:root' } }] } } });
  });

  it('IAM-20 tells who has AWSSupportAccess from the authorization details, with no ListEntitiesForPolicy call', async () => {
    installEstate();
    mocks.iam.on(iam.GetAccountAuthorizationDetailsCommand).resolves({
      RoleDetailList: [
        { RoleName: 'support', Arn: 'arn:aws:iam::123456789012:role/support', AttachedManagedPolicies: [{ PolicyName: 'AWSSupportAccess', PolicyArn: 'arn:aws:iam::aws:policy/AWSSupportAccess' }] },
        { RoleName: 'ci', Arn: 'arn:aws:iam::123456789012:role/ci', AttachedManagedPolicies: [{ PolicyName: 'ReadOnlyAccess', PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }] },
      ],
      UserDetailList: [{ UserName: 'bob', Arn: 'arn:aws:iam::123456789012:user/bob', AttachedManagedPolicies: [{ PolicyName: 'AWSSupportAccess', PolicyArn: 'arn:aws:iam::aws:policy/AWSSupportAccess' }] }],
      IsTruncated: false,
    });
    const { resources } = await collector().collect(testScanContext());
    expect(resources.find((r) => r.kind === 'aws.iam.account')).toMatchObject({ supportAccess: { state: 'ok', value: { roles: ['support'], users: ['bob'], groups: [] } } });
    expect(mocks.iam.commandCalls(iam.ListEntitiesForPolicyCommand)).toHaveLength(0);
  });

  it('X4 an inline policy document that does not parse is a scan error and is listed as unreadable on its identity', async () => {
    installEstate();
    const good = encodeURIComponent(JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] }));
    mocks.iam.on(iam.GetAccountAuthorizationDetailsCommand).resolves({
      UserDetailList: [{ UserName: 'carol', Arn: 'arn:aws:iam::123456789012:user/carol', UserPolicyList: [{ PolicyName: 'ok', PolicyDocument: good }, { PolicyName: 'garbled', PolicyDocument: '%7B%22Statement' }] }],
      RoleDetailList: [{ RoleName: 'app', Arn: 'arn:aws:iam::123456789012:role/app', RolePolicyList: [{ PolicyName: 'ok', PolicyDocument: good }] }],
      IsTruncated: false,
    });
    const { resources, errors } = await collector().collect(testScanContext());
    const carol = resources.find((r) => r.kind === 'aws.iam.user');
    expect(carol).toMatchObject({ inlinePolicies: [{ policyName: 'ok' }], unreadableInlinePolicies: [{ policyName: 'garbled' }] });
    expect(resources.find((r) => r.kind === 'aws.iam.role')).not.toHaveProperty('unreadableInlinePolicies');
    expect(JSON.stringify(errors)).toContain('user/carol#garbled');
  });

  it('X3 IAM-20 GetAccountAuthorizationDetails denied: who has AWSSupportAccess is an error, not "nobody"', async () => {
    installEstate((api) => (api === 'iam:GetAccountAuthorizationDetails' ? awsError('AccessDenied', 403) : undefined));
    const { resources } = await collector().collect(testScanContext());
    expect(resources.find((r) => r.kind === 'aws.iam.account')).toMatchObject({ supportAccess: { state: 'error', api: 'iam:GetAccountAuthorizationDetails', code: 'AccessDenied' } });
  });

  it('reads a missing password policy (NoSuchEntity) as absent, not as an error', async () => {
    installEstate((api) => (api === 'iam:GetAccountPasswordPolicy' ? awsError('NoSuchEntity', 404) : undefined));
    const { resources, errors } = await collector().collect(testScanContext());
    expect(errors).toEqual([]);
    expect(resources.find((r) => r.kind === 'aws.iam.account')).toMatchObject({ passwordPolicy: { state: 'absent' } });
  });

  it('polls GenerateCredentialReport until COMPLETE', async () => {
    installEstate();
    mocks.iam.on(iam.GenerateCredentialReportCommand).resolvesOnce({ State: 'STARTED' }).resolvesOnce({ State: 'INPROGRESS' }).resolves({ State: 'COMPLETE' });
    const { errors } = await collector(5).collect(testScanContext());
    expect(errors).toEqual([]);
    expect(mocks.iam.commandCalls(iam.GenerateCredentialReportCommand)).toHaveLength(3);
  });

  it('X3 a report that cannot be read makes every credentials part an error, and the rest is still collected', async () => {
    installEstate((api) => (api === 'iam:GetCredentialReport' ? awsError('AccessDenied', 403) : undefined));
    const { resources, errors } = await collector().collect(testScanContext());
    expect(errors).toEqual([expect.objectContaining({ api: 'iam:GetCredentialReport', code: 'AccessDenied', message: expect.stringContaining('(needs iam:GetCredentialReport)') })]);
    expect(resources.find((r) => r.kind === 'aws.iam.user')).toMatchObject({ credentials: { state: 'error', api: 'iam:GetCredentialReport' } });
    expect(resources.find((r) => r.kind === 'aws.iam.account')).toMatchObject({ root: { state: 'error' }, summary: { state: 'ok' } });
  });
});

describe('S3 account settings', () => {
  afterEach(() => Object.values(mocks).forEach((m) => m.reset()));

  it('reads the account-level Block Public Access through s3control, for the scanned account', async () => {
    installEstate();
    const { resources } = await collectS3Account(testScanContext());
    expect(resources).toEqual([
      expect.objectContaining({ kind: 'aws.s3.account', arn: 'arn:aws:s3::123456789012:account', publicAccessBlock: { state: 'ok', value: { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true } } }),
    ]);
    expect(mocks.s3control.commandCalls(s3control.GetPublicAccessBlockCommand)[0]?.args[0].input).toEqual({ AccountId: '123456789012' });
  });

  it('never configured is absent; denied is an error naming s3:GetAccountPublicAccessBlock', async () => {
    installEstate((api) => (api === 's3control:GetPublicAccessBlock' ? awsError('NoSuchPublicAccessBlockConfiguration', 404) : undefined));
    expect((await collectS3Account(testScanContext())).resources[0]).toMatchObject({ publicAccessBlock: { state: 'absent' } });
    installEstate((api) => (api === 's3control:GetPublicAccessBlock' ? awsError('AccessDenied', 403) : undefined));
    const denied = await collectS3Account(testScanContext());
    expect(denied.errors[0]?.message).toContain('(needs s3:GetAccountPublicAccessBlock)');
  });
});
