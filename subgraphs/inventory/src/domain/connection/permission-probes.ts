/**
 * "Test connection" (SECURITY.md A2): one cheap read per API class the collector needs, each answered ALLOWED,
 * DENIED (with the IAM action to grant) or ERROR. A call AWS answers "nothing there" (no account-level Block Public
 * Access, no credential report yet) passed authorization, so it counts as ALLOWED.
 */
import { AccessAnalyzerClient, ListAnalyzersCommand } from '@aws-sdk/client-accessanalyzer';
import { AccountClient, GetAlternateContactCommand } from '@aws-sdk/client-account';
import { CloudTrailClient, ListTrailsCommand } from '@aws-sdk/client-cloudtrail';
import { CloudWatchClient, DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch';
import { CloudWatchLogsClient, DescribeMetricFiltersCommand } from '@aws-sdk/client-cloudwatch-logs';
import { ConfigServiceClient, DescribeConfigurationRecordersCommand } from '@aws-sdk/client-config-service';
import { DescribeInstancesCommand, DescribeRegionsCommand } from '@aws-sdk/client-ec2';
import { GenerateCredentialReportCommand, GetAccountAuthorizationDetailsCommand, GetCredentialReportCommand } from '@aws-sdk/client-iam';
import { ListBucketsCommand } from '@aws-sdk/client-s3';
import { GetPublicAccessBlockCommand } from '@aws-sdk/client-s3-control';
import { DescribeInstanceInformationCommand, SSMClient } from '@aws-sdk/client-ssm';
import type { AwsSession } from '../../aws/clients';
import { awsErrorCode, awsErrorMessage, isAccessDenied } from '../../collectors/aws/aws-errors';
import { iamActionFor } from '../../collectors/aws/calls/failures';

export type ProbeStatus = 'ALLOWED' | 'DENIED' | 'ERROR';

export interface PermissionCheck {
  /** The IAM action the probe needs, e.g. `iam:GenerateCredentialReport`. */
  action: string;
  region: string;
  status: ProbeStatus;
  code: string | null;
  message: string | null;
}

interface Probe {
  service: string;
  operation: string;
  region: string;
  send: () => Promise<unknown>;
}

/** Authorized, but nothing to return: the permission is there (no alternate contact: ResourceNotFoundException). */
const answeredAbsent = new Set(['NoSuchPublicAccessBlockConfiguration', 'ReportNotPresent', 'ReportInProgress', 'ReportExpired', 'NoSuchEntity', 'ResourceNotFoundException']);

/** EC2 is read per region: the default region plus up to two of the account's chosen ones. */
const EC2_REGION_SAMPLE = 3;

export function ec2RegionSample(defaultRegion: string, chosen: readonly string[] | null | undefined): string[] {
  return [...new Set([defaultRegion, ...(chosen ?? [])])].slice(0, EC2_REGION_SAMPLE);
}

function probesFor(session: AwsSession, opts: { accountId: string; defaultRegion: string; regions: string[] }): Probe[] {
  const global = opts.defaultRegion;
  return [
    { service: 's3', operation: 'ListBuckets', region: global, send: () => session.s3(global).send(new ListBucketsCommand({ MaxBuckets: 1 })) },
    { service: 'ec2', operation: 'DescribeRegions', region: global, send: () => session.ec2(global).send(new DescribeRegionsCommand({ AllRegions: true })) },
    ...opts.regions.map((region) => ({
      service: 'ec2',
      operation: 'DescribeInstances',
      region,
      send: () => session.ec2(region).send(new DescribeInstancesCommand({ MaxResults: 5 })),
    })),
    { service: 'iam', operation: 'GetAccountAuthorizationDetails', region: 'global', send: () => session.iam().send(new GetAccountAuthorizationDetailsCommand({ MaxItems: 1 })) },
    { service: 'iam', operation: 'GenerateCredentialReport', region: 'global', send: () => session.iam().send(new GenerateCredentialReportCommand({})) },
    { service: 'iam', operation: 'GetCredentialReport', region: 'global', send: () => session.iam().send(new GetCredentialReportCommand({})) },
    {
      service: 's3control',
      operation: 'GetPublicAccessBlock',
      region: global,
      send: () => session.s3control(global).send(new GetPublicAccessBlockCommand({ AccountId: opts.accountId })),
    },
    // The account-level services (SSM, CloudTrail, Config, CloudWatch Logs, CloudWatch, Account, Access Analyzer):
    // SecurityAudit grants them, an edited copy of the policy may not. One small read each, in the default region.
    ...accountLevelProbes(session, global),
  ];
}

function accountLevelProbes(session: AwsSession, region: string): Probe[] {
  const on = (service: string, operation: string, send: () => Promise<unknown>): Probe => ({ service, operation, region, send });
  return [
    on('ssm', 'DescribeInstanceInformation', () => session.client(SSMClient, region).send(new DescribeInstanceInformationCommand({ MaxResults: 5 }))),
    on('cloudtrail', 'ListTrails', () => session.client(CloudTrailClient, region).send(new ListTrailsCommand({}))),
    on('config', 'DescribeConfigurationRecorders', () => session.client(ConfigServiceClient, region).send(new DescribeConfigurationRecordersCommand({}))),
    on('logs', 'DescribeMetricFilters', () => session.client(CloudWatchLogsClient, region).send(new DescribeMetricFiltersCommand({ limit: 1 }))),
    on('cloudwatch', 'DescribeAlarms', () => session.client(CloudWatchClient, region).send(new DescribeAlarmsCommand({ MaxRecords: 1 }))),
    on('account', 'GetAlternateContact', () => session.client(AccountClient, region).send(new GetAlternateContactCommand({ AlternateContactType: 'SECURITY' }))),
    on('access-analyzer', 'ListAnalyzers', () => session.client(AccessAnalyzerClient, region).send(new ListAnalyzersCommand({ maxResults: 1 }))),
  ];
}

async function run(probe: Probe): Promise<PermissionCheck> {
  const action = iamActionFor(probe);
  try {
    await probe.send();
    return { action, region: probe.region, status: 'ALLOWED', code: null, message: null };
  } catch (err) {
    const code = awsErrorCode(err);
    if (answeredAbsent.has(code)) return { action, region: probe.region, status: 'ALLOWED', code, message: null };
    return { action, region: probe.region, status: isAccessDenied(code) ? 'DENIED' : 'ERROR', code, message: awsErrorMessage(err) };
  }
}

/** Every probe, concurrently; never throws. */
export async function probePermissions(session: AwsSession, opts: { accountId: string; defaultRegion: string; regions: string[] }): Promise<PermissionCheck[]> {
  return Promise.all(probesFor(session, opts).map(run));
}

/** The denied actions, once each, sorted: what the admin must grant. */
export function missingPermissions(checks: readonly PermissionCheck[]): string[] {
  return [...new Set(checks.filter((c) => c.status === 'DENIED').map((c) => c.action))].sort();
}
