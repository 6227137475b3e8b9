import { AccessAnalyzerClient, AccessAnalyzerServiceException, ListAnalyzersCommand } from '@aws-sdk/client-accessanalyzer';
import { AccountClient, AccountServiceException, GetAlternateContactCommand } from '@aws-sdk/client-account';
import { CloudTrailClient, CloudTrailServiceException, ListTrailsCommand } from '@aws-sdk/client-cloudtrail';
import { CloudWatchClient, DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch';
import { CloudWatchLogsClient, DescribeMetricFiltersCommand } from '@aws-sdk/client-cloudwatch-logs';
import { ConfigServiceClient, ConfigServiceServiceException, DescribeConfigurationRecordersCommand } from '@aws-sdk/client-config-service';
import { DescribeInstancesCommand, DescribeRegionsCommand, EC2Client, EC2ServiceException } from '@aws-sdk/client-ec2';
import { GenerateCredentialReportCommand, GetAccountAuthorizationDetailsCommand, GetCredentialReportCommand, IAMClient, IAMServiceException } from '@aws-sdk/client-iam';
import { ListBucketsCommand, S3Client } from '@aws-sdk/client-s3';
import { GetPublicAccessBlockCommand, S3ControlClient, S3ControlServiceException } from '@aws-sdk/client-s3-control';
import { DescribeInstanceInformationCommand, SSMClient } from '@aws-sdk/client-ssm';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AwsTarget } from '../../aws/clients';
import { testAwsSession } from '../../collectors/aws/test-support';
import { ec2RegionSample } from './permission-probes';
import { testConnection, type ConnectionTestOptions } from './test-connection';

const s3 = mockClient(S3Client);
const ec2 = mockClient(EC2Client);
const iam = mockClient(IAMClient);
const s3control = mockClient(S3ControlClient);
const ssm = mockClient(SSMClient);
const cloudtrail = mockClient(CloudTrailClient);
const config = mockClient(ConfigServiceClient);
const logs = mockClient(CloudWatchLogsClient);
const cloudwatch = mockClient(CloudWatchClient);
const account = mockClient(AccountClient);
const accessAnalyzer = mockClient(AccessAnalyzerClient);
const mocks = [s3, ec2, iam, s3control, ssm, cloudtrail, config, logs, cloudwatch, account, accessAnalyzer];

const roleTarget: AwsTarget = { authMethod: 'ASSUME_ROLE', roleArn: 'arn:aws:iam::123456789012:role/CSPMEXA-ReadOnly', externalId: 'org-external-id', region: 'us-east-1' };
const options = (target: AwsTarget = roleTarget, regions: string[] | null = ['eu-west-1']): ConnectionTestOptions => ({
  target,
  defaultRegion: 'us-east-1',
  regions,
  trustedPrincipalArn: 'arn:aws:iam::999988887777:root',
});
const awsError = <E extends new (o: any) => Error>(Kind: E, name: string, status = 403) =>
  new Kind({ name, message: `${name} for the test`, $fault: 'client', $metadata: { httpStatusCode: status } });

function everythingAllowed() {
  s3.on(ListBucketsCommand).resolves({ Buckets: [] });
  ec2.on(DescribeRegionsCommand).resolves({ Regions: [] });
  ec2.on(DescribeInstancesCommand).resolves({ Reservations: [] });
  iam.on(GetAccountAuthorizationDetailsCommand).resolves({ IsTruncated: false });
  iam.on(GenerateCredentialReportCommand).resolves({ State: 'STARTED' });
  // Authorized, but nothing there yet: still a granted permission.
  iam.on(GetCredentialReportCommand).rejects(awsError(IAMServiceException, 'ReportNotPresent', 410));
  s3control.on(GetPublicAccessBlockCommand).rejects(awsError(S3ControlServiceException, 'NoSuchPublicAccessBlockConfiguration', 404));
  ssm.on(DescribeInstanceInformationCommand).resolves({ InstanceInformationList: [] });
  cloudtrail.on(ListTrailsCommand).resolves({ Trails: [] });
  config.on(DescribeConfigurationRecordersCommand).resolves({ ConfigurationRecorders: [] });
  logs.on(DescribeMetricFiltersCommand).resolves({ metricFilters: [] });
  cloudwatch.on(DescribeAlarmsCommand).resolves({ MetricAlarms: [] });
  // No security contact registered: authorized all the same.
  account.on(GetAlternateContactCommand).rejects(awsError(AccountServiceException, 'ResourceNotFoundException', 404));
  // No analyzer in the region is still an authorized answer.
  accessAnalyzer.on(ListAnalyzersCommand).resolves({ analyzers: [] });
}

beforeEach(everythingAllowed);
afterEach(() => {
  for (const mock of mocks) mock.reset();
});

describe('testConnection', () => {
  it('A2 reports the account id and CONNECTED when every probe is authorized, counting "nothing there" as allowed', async () => {
    const result = await testConnection(testAwsSession(), options());
    expect(result).toMatchObject({ status: 'CONNECTED', awsAccountId: '123456789012', missingPermissions: [], problem: null });
    expect(result.callerArn).toContain('assumed-role/CSPMEXA-ReadOnly');
    expect(result.checks.map((c) => `${c.action}@${c.region}:${c.status}`)).toEqual([
      's3:ListAllMyBuckets@us-east-1:ALLOWED',
      'ec2:DescribeRegions@us-east-1:ALLOWED',
      'ec2:DescribeInstances@us-east-1:ALLOWED',
      'ec2:DescribeInstances@eu-west-1:ALLOWED',
      'iam:GetAccountAuthorizationDetails@global:ALLOWED',
      'iam:GenerateCredentialReport@global:ALLOWED',
      'iam:GetCredentialReport@global:ALLOWED',
      's3:GetAccountPublicAccessBlock@us-east-1:ALLOWED',
      'ssm:DescribeInstanceInformation@us-east-1:ALLOWED',
      'cloudtrail:ListTrails@us-east-1:ALLOWED',
      'config:DescribeConfigurationRecorders@us-east-1:ALLOWED',
      'logs:DescribeMetricFilters@us-east-1:ALLOWED',
      'cloudwatch:DescribeAlarms@us-east-1:ALLOWED',
      'account:GetAlternateContact@us-east-1:ALLOWED',
      'access-analyzer:ListAnalyzers@us-east-1:ALLOWED',
    ]);
    expect(s3control.commandCalls(GetPublicAccessBlockCommand)[0]?.args[0].input).toEqual({ AccountId: '123456789012' });
  });

  it('A2 names each missing permission by IAM action, once, and says what to grant', async () => {
    iam.on(GenerateCredentialReportCommand).rejects(awsError(IAMServiceException, 'AccessDenied'));
    ec2.on(DescribeInstancesCommand).rejects(awsError(EC2ServiceException, 'UnauthorizedOperation'));
    s3.on(ListBucketsCommand).rejects(awsError(IAMServiceException, 'AccessDenied'));
    accessAnalyzer.on(ListAnalyzersCommand).rejects(awsError(AccessAnalyzerServiceException, 'AccessDeniedException'));
    const result = await testConnection(testAwsSession(), options());
    expect(result.status).toBe('MISSING_PERMISSIONS');
    expect(result.awsAccountId).toBe('123456789012');
    expect(result.missingPermissions).toEqual(['access-analyzer:ListAnalyzers', 'ec2:DescribeInstances', 'iam:GenerateCredentialReport', 's3:ListAllMyBuckets']);
    expect(result.checks.filter((c) => c.status === 'DENIED').map((c) => c.code)).toEqual(['AccessDenied', 'UnauthorizedOperation', 'UnauthorizedOperation', 'AccessDenied', 'AccessDeniedException']);
    expect(result.problem).toContain('Grant the role access-analyzer:ListAnalyzers, ec2:DescribeInstances, iam:GenerateCredentialReport, s3:ListAllMyBuckets');
  });

  it('A2 X3 names a denied account-level service read (CloudTrail, Config) like any other', async () => {
    cloudtrail.on(ListTrailsCommand).rejects(awsError(CloudTrailServiceException, 'AccessDeniedException', 400));
    config.on(DescribeConfigurationRecordersCommand).rejects(awsError(ConfigServiceServiceException, 'AccessDeniedException', 400));
    const result = await testConnection(testAwsSession(), options());
    expect(result).toMatchObject({ status: 'MISSING_PERMISSIONS', missingPermissions: ['cloudtrail:ListTrails', 'config:DescribeConfigurationRecorders'] });
    expect(result.checks.find((c) => c.action === 'account:GetAlternateContact')).toMatchObject({ status: 'ALLOWED', code: 'ResourceNotFoundException' });
  });

  it('keeps CONNECTED but explains a probe that failed for another reason (throttling, network)', async () => {
    iam.on(GetAccountAuthorizationDetailsCommand).rejects(awsError(IAMServiceException, 'Throttling', 400));
    const result = await testConnection(testAwsSession(), options());
    expect(result.status).toBe('CONNECTED');
    expect(result.checks.find((c) => c.action === 'iam:GetAccountAuthorizationDetails')).toMatchObject({ status: 'ERROR', code: 'Throttling' });
    expect(result.problem).toContain('iam:GetAccountAuthorizationDetails (Throttling)');
  });

  it('A1 answers ROLE_NOT_ASSUMABLE, naming the principal and ExternalId the trust policy needs, and probes nothing', async () => {
    const denied = Object.assign(new Error('User: arn:aws:iam::999988887777:user/cspmexa is not authorized to perform: sts:AssumeRole'), { name: 'AccessDenied' });
    const result = await testConnection(testAwsSession({ resolveCredentials: async () => Promise.reject(denied) }), options());
    expect(result).toMatchObject({ status: 'ROLE_NOT_ASSUMABLE', awsAccountId: null, missingPermissions: [], checks: [] });
    expect(result.problem).toContain('arn:aws:iam::123456789012:role/CSPMEXA-ReadOnly');
    expect(result.problem).toContain('arn:aws:iam::999988887777:root');
    expect(result.problem).toContain('sts:ExternalId = org-external-id');
    expect(s3.calls()).toHaveLength(0);
  });

  it('answers INVALID_CREDENTIALS for refused access keys and UNREACHABLE for a network failure', async () => {
    const keys: AwsTarget = { authMethod: 'ACCESS_KEYS', roleArn: null, externalId: 'x', region: 'us-east-1', accessKeys: { accessKeyId: 'K'.repeat(20), secretAccessKey: 's'.repeat(40) } };
    const invalid = Object.assign(new Error('The security token included in the request is invalid.'), { name: 'InvalidClientTokenId' });
    const refused = await testConnection(testAwsSession({ callerIdentity: async () => Promise.reject(invalid) }), options(keys));
    expect(refused).toMatchObject({ status: 'INVALID_CREDENTIALS', problem: expect.stringContaining('The access keys were refused') });
    expect(refused.problem).not.toContain('s'.repeat(40));

    const offline = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });
    expect((await testConnection(testAwsSession({ callerIdentity: async () => Promise.reject(offline) }), options())).status).toBe('UNREACHABLE');
  });
});

describe('ec2RegionSample', () => {
  it('probes the default region plus up to two chosen ones, without repeats', () => {
    expect(ec2RegionSample('us-east-1', null)).toEqual(['us-east-1']);
    expect(ec2RegionSample('us-east-1', ['us-east-1', 'eu-west-1', 'eu-west-2', 'ap-south-1'])).toEqual(['us-east-1', 'eu-west-1', 'eu-west-2']);
  });
});
