/**
 * Collects one AWS account: credentials first (a failure there fails the scan), then the account's identity,
 * then every collector. What it returns is decided here; storing it is the runner's job.
 */
import type { CloudResource } from '@cspmexa/resources';
import type { AwsSession } from '../aws/clients';
import { awsErrorCode, awsErrorMessage, isCredentialsError } from '../collectors/aws/aws-errors';
import { CollectorFatalError, type AwsCollector } from '../collectors/aws/collector';
import type { ScanErrorRecord } from './scan-error';

export type CollectionResult =
  | { status: 'COMPLETED' | 'PARTIAL'; awsAccountId: string; resources: CloudResource[]; errors: ScanErrorRecord[] }
  | { status: 'FAILED'; failureReason: string; errors: ScanErrorRecord[] };

export interface CollectAccountOptions {
  session: AwsSession;
  collectors: readonly AwsCollector[];
  /** The account number known before the scan (from the role ARN), used when STS cannot tell. */
  knownAwsAccountId: string | null;
  defaultRegion: string;
}

const failed = (failureReason: string, errors: ScanErrorRecord[] = []): CollectionResult => ({ status: 'FAILED', failureReason, errors });

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

  const ctx = { accountId: awsAccountId, partition, defaultRegion: opts.defaultRegion, s3: (region: string) => session.s3(region) };
  const resources: CloudResource[] = [];
  const fatal: CollectorFatalError[] = [];
  for (const collector of opts.collectors) {
    try {
      const out = await collector.collect(ctx);
      resources.push(...out.resources);
      errors.push(...out.errors);
    } catch (err) {
      if (!(err instanceof CollectorFatalError)) throw err;
      fatal.push(err);
      errors.push({ api: err.api, code: err.code, message: err.detail });
    }
  }
  // A service that cannot even be listed is a hole in the inventory; when no service could be listed there is
  // nothing to report, and the scan fails with the first reason (usually the same for all: credentials, network).
  if (fatal.length > 0 && fatal.length === opts.collectors.length) return failed((fatal[0] as CollectorFatalError).message, errors);
  return { status: errors.length > 0 ? 'PARTIAL' : 'COMPLETED', awsAccountId, resources, errors };
}
