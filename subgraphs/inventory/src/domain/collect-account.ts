/**
 * Collects one AWS account: credentials first (a failure there fails the scan), then the account's identity,
 * then the regions to read (X2), then every collector concurrently through one rate-limited caller (X1).
 * What it returns is decided here; storing it is the runner's job.
 */
import type { CloudResource } from '@cspmexa/resources';
import type { AwsSession } from '../aws/clients';
import { awsErrorCode, awsErrorMessage, isCredentialsError } from '../collectors/aws/aws-errors';
import { createAwsCaller, type AwsCallerOptions } from '../collectors/aws/calls/aws-caller';
import { linkTrailBuckets } from '../collectors/aws/cloudtrail-bucket-link';
import { CollectorFatalError, type AwsCollector, type AwsScanContext } from '../collectors/aws/collector';
import { planRegions, type RegionOutcome } from '../collectors/aws/regions';
import { observeCaller } from './observed-caller';
import type { ScanErrorRecord } from './scan-error';
import type { ScanProgressRecord } from './scan-progress-record';

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
  /** Aborted on cancel: every AWS call checks it first. */
  signal?: AbortSignal;
  /** Progress as the scan goes (phase, counts, percentage); the caller throttles what it publishes. */
  onProgress?: (progress: ScanProgressRecord) => void;
}

/** Percentages of the phases: collecting spreads over 10-90, the rest is credentials, regions and storing. */
const COLLECTING_FROM = 10;
const COLLECTING_SPAN = 80;
/** The number of calls is unknown until the end; each unfinished collector is assumed to be `calls / (calls + K)` done. */
const CALLS_HALFWAY_PER_COLLECTOR = 20;

/** Share of the collecting phase done: finished collectors count fully, the others by an estimate that grows with calls. */
export function collectingShare(finished: number, total: number, apiCalls: number): number {
  if (total === 0) return 1;
  const estimate = apiCalls / (apiCalls + CALLS_HALFWAY_PER_COLLECTOR * total);
  return (finished + (total - finished) * estimate) / total;
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
  const progress: ScanProgressRecord = { phase: 'CREDENTIALS', resourcesCollected: 0, apiCalls: 0, errors: 0, percentage: 2 };
  const report = (patch: Partial<ScanProgressRecord>) => {
    Object.assign(progress, patch);
    opts.onProgress?.({ ...progress });
  };
  report({});
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

  report({ phase: 'REGIONS', percentage: 5 });
  const rawCaller = createAwsCaller({ ...opts.caller, accountId: awsAccountId, refreshCredentials: () => session.refreshCredentials() });
  let finished = 0;
  const collectingPercent = (apiCalls: number) =>
    COLLECTING_FROM + Math.floor(COLLECTING_SPAN * collectingShare(finished, opts.collectors.length, apiCalls));
  const caller = observeCaller(rawCaller, opts.signal, (counts) =>
    report(progress.phase === 'COLLECTING' ? { ...counts, percentage: collectingPercent(counts.apiCalls) } : counts),
  );
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
    client: (clientClass, region) => session.client(clientClass, region),
  };
  report({ phase: 'COLLECTING', percentage: COLLECTING_FROM });
  const results = await Promise.all(
    opts.collectors.map(async (c) => {
      const r = await runCollector(c, ctx);
      finished++;
      report({
        resourcesCollected: progress.resourcesCollected + (r.out?.resources.length ?? 0),
        percentage: collectingPercent(progress.apiCalls),
      });
      return r;
    }),
  );
  const collected: CloudResource[] = [];
  const fatal: CollectorFatalError[] = [];
  let bucketListFailure: CollectorFatalError | undefined;
  for (const [i, r] of results.entries()) {
    if (r.out) {
      collected.push(...r.out.resources);
      errors.push(...r.out.errors);
    } else if (r.fatal) {
      fatal.push(r.fatal);
      if (opts.collectors[i]?.service === 's3') bucketListFailure = r.fatal;
      errors.push({ api: r.fatal.api, code: r.fatal.code, message: r.fatal.detail });
    }
  }
  // A service that cannot even be listed is a hole in the inventory; when no service could be listed there is
  // nothing to report, and the scan fails with the first reason (usually the same for all: credentials, network).
  if (fatal.length > 0 && fatal.length === opts.collectors.length) return { ...failed((fatal[0] as CollectorFatalError).message, errors), regions: plan.regions };
  // Cross-service joins, once everything is in: a trail's bucket comes from the S3 collector's answer.
  const resources = linkTrailBuckets(collected, bucketListFailure && { api: bucketListFailure.api, code: bucketListFailure.code, message: bucketListFailure.detail });
  return { status: errors.length > 0 ? 'PARTIAL' : 'COMPLETED', awsAccountId, resources, errors, regions: plan.regions };
}
