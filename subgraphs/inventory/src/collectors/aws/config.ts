/**
 * AWS Config collector (ACC-07): in every scanned region, DescribeConfigurationRecorders and
 * DescribeConfigurationRecorderStatus (neither is paginated), one `aws.config.region` per region. Regions the
 * account has not opted in to are never scanned, so they cannot fail the check.
 */
import {
  ConfigServiceClient,
  DescribeConfigurationRecordersCommand,
  DescribeConfigurationRecorderStatusCommand,
  type ConfigurationRecorder,
  type ConfigurationRecorderStatus,
} from '@aws-sdk/client-config-service';
import type { ConfigRecorder, ConfigRecorderRegion, ConfigRecorderStatus } from '@cspmexa/resources';
import type { ScanErrorRecord } from '../../domain/scan-error';
import type { ApiRef } from './calls/aws-caller';
import { partReader } from './calls/read-part';
import type { AwsCollector, AwsScanContext, CollectorOutput } from './collector';

function recorder(r: ConfigurationRecorder): ConfigRecorder {
  const group = r.recordingGroup ?? {};
  const strategy = group.recordingStrategy?.useOnly;
  return {
    name: r.name ?? '',
    // ALL_SUPPORTED_RESOURCE_TYPES is the newer spelling of allSupported; an exclusion list records "all but".
    allSupported: group.allSupported === true || strategy === 'ALL_SUPPORTED_RESOURCE_TYPES',
    includeGlobalResourceTypes: group.includeGlobalResourceTypes === true,
    ...(strategy ? { recordingStrategy: strategy } : {}),
    resourceTypes: strategy === 'EXCLUSION_BY_RESOURCE_TYPES' ? (group.exclusionByResourceTypes?.resourceTypes ?? []) : (group.resourceTypes ?? []),
  };
}

function status(s: ConfigurationRecorderStatus): ConfigRecorderStatus {
  return {
    name: s.name ?? '',
    recording: s.recording === true,
    ...(s.lastStatus ? { lastStatus: s.lastStatus } : {}),
    ...(s.lastErrorCode ? { lastErrorCode: s.lastErrorCode } : {}),
  };
}

async function collectRegion(ctx: AwsScanContext, region: string, errors: ScanErrorRecord[]): Promise<ConfigRecorderRegion> {
  const arn = `arn:${ctx.partition}:config:${region}:${ctx.accountId}:configuration-recorders`;
  const api = (operation: string): ApiRef => ({ service: 'config', operation, region, apiClass: 'config' });
  const client = ctx.client(ConfigServiceClient, region);
  const read = partReader(ctx.caller, errors);
  const on = { resourceArn: arn };
  const [recorders, statuses] = await Promise.all([
    read(api('DescribeConfigurationRecorders'), () => client.send(new DescribeConfigurationRecordersCommand({})), (o) => (o.ConfigurationRecorders ?? []).map(recorder), on),
    read(api('DescribeConfigurationRecorderStatus'), () => client.send(new DescribeConfigurationRecorderStatusCommand({})), (o) => (o.ConfigurationRecordersStatus ?? []).map(status), on),
  ]);
  return { kind: 'aws.config.region', arn, name: `AWS Config ${region}`, accountId: ctx.accountId, region, recorders, statuses };
}

export async function collectConfig(ctx: AwsScanContext): Promise<CollectorOutput> {
  const errors: ScanErrorRecord[] = [];
  const resources = await Promise.all(ctx.regions.map((region) => collectRegion(ctx, region, errors)));
  return { resources, errors };
}

export const configCollector: AwsCollector = { service: 'config', collect: collectConfig };
