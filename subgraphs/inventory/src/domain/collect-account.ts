/**
 * Collects one AWS account: credentials first (a failure there fails the scan), then the account's identity,
 * then the regions to read (X2), then every collector concurrently through one rate-limited caller (X1).
 * What it returns is decided here; storing it is the runner's job.
 */
import type { CloudResource } from '@cspmexa/resources';
import type { AwsSession } from '../aws/clients';
import { awsErrorCode, awsErrorMessage, isCredentialsError } from '../collectors/aws/aws-errors';
import { createAwsCaller, type AwsCallerOptions } from '../collectors/aws/calls/aws-caller';
import { CollectorFatalError, type AwsCollector, type AwsScanContext } from '../collectors/aws/collector';
import { planRegions, type RegionOutcome } from '../collectors/aws/regions';
import type { ScanErrorRecord } from './scan-error';

export type CollectionResult =
  | { status: 'COMPLETED' | 'PARTIAL'; awsAccountId: string; resources: CloudResource[]; errors: ScanErrorRecord[]; regions: RegionOutcome[] }
  | { status: 'FAILED'; failureReason: string; errors: ScanErrorRecord[]; regions?: RegionOutcome[] };

export interface CollectAccountOptions {
  session: AwsSession;
  collectors: readonly AwsCollector[];
  /** The account number known before the scan (from the role ARN), used when STS cannot tell. */
  knownAwsAccountId: string | null;
  defaultRegion: string;
  /** The regions chosen for the account; null means every enabled region. */
  chosenRegions?: readonly string[] | null;
  /** Clock, jitter and retry policy of the rate-limited caller (tests make them instant and deterministic). */
  caller?: Omit<AwsCallerOptions, 'accountId' | 'refreshCredentials'>;
}

const failed = (failureReason: string, errors: ScanErrorRecord[] = []): CollectionResult => ({ status: 'FAILED', failureReason, errors });

async function runCollector(collector: AwsCollector, ctx: AwsScanContext) {
  try {
    return { out: await collector.collect(ctx) };
  } catch (err) {
    if (!(err instanceof CollectorFatalError)) throw err;
    return { fatal: err };
  }
}

export async function collectAccount(opts: CollectAccountOptions): Promise<CollectionResult> {
  const { session } = opts;
  try {
    await session.resolveCredentials();
  } catch (err) {
    return failed(`Could not obtain AWS credentials (${awsErrorCode(err)}): ${awsErrorMessage(err)}`);
  }

  const errors: ScanErrorRecord[] = [];
  let awsAccountId = opts.knownAwsAccountId ?? 'unknown';
  let partition = 'aws';
  try {
    const identity = await session.callerIdentity();
    awsAccountId = identity.accountId;
    partition = identity.arn.split(':')[1] || 'aws';
  } catch (err) {
    if (isCredentialsError(err)) return failed(`AWS rejected the credentials (${awsErrorCode(err)}): ${awsErrorMessage(err)}`);
    // Not fatal: the resources can still be read, only their account number may be unknown.
    errors.push({ api: 'sts:GetCallerIdentity', code: awsErrorCode(err), message: awsErrorMessage(err) });
  }

  const caller = createAwsCaller({ ...opts.caller, accountId: awsAccountId, refreshCredentials: () => session.refreshCredentials() });
  const plan = await planRegions({ caller, ec2: session.ec2(opts.defaultRegion), defaultRegion: opts.defaultRegion, chosen: opts.chosenRegions ?? null });
  errors.push(...plan.errors);
  const ctx: AwsScanContext = {
    accountId: awsAccountId,
    partition,
    defaultRegion: opts.defaultRegion,
    regions: plan.scan,
    caller,
    s3: (region) => session.s3(region),
    ec2: (region) => session.ec2(region),
    iam: () => session.iam(),
    s3control: (region) => session.s3control(region),
  };
  const results = await Promise.all(opts.collectors.map((c) => runCollector(c, ctx)));
  const resources: CloudResource[] = [];
  const fatal: CollectorFatalError[] = [];
  for (const r of results) {
    if (r.out) {
      resources.push(...r.out.resources);
      errors.push(...r.out.errors);
    } else if (r.fatal) {
      fatal.push(r.fatal);
      errors.push({ api: r.fatal.api, code: r.fatal.code, message: r.fatal.detail });
    }
  }
  // A service that cannot even be listed is a hole in the inventory; when no service could be listed there is
  // nothing to report, and the scan fails with the first reason (usually the same for all: credentials, network).
  if (fatal.length > 0 && fatal.length === opts.collectors.length) return { ...failed((fatal[0] as CollectorFatalError).message, errors), regions: plan.regions };
  return { status: errors.length > 0 ? 'PARTIAL' : 'COMPLETED', awsAccountId, resources, errors, regions: plan.regions };
}
