/**
 * The seam between the benchmark and a collector: read everything from `endpoint` with `credentials` in
 * `regions`, and say how many resources were read and which calls failed for good. The benchmark measures time,
 * calls and memory around it; the endpoint's own counts show whether any throttling answer was lost.
 */
import type { BenchCredentials } from './clients';

export interface RecordedError {
  /** The operation as AWS names it (`DescribeInstances`); a service prefix (`ec2:`) is ignored. */
  api: string;
  /** AWS's error code (`RequestLimitExceeded`, `AccessDenied`...). */
  code: string;
}

export interface CollectOutcome {
  resources: number;
  errors: RecordedError[];
}

export type CollectWith = (endpoint: string, credentials: BenchCredentials, regions: readonly string[]) => Promise<CollectOutcome>;

export interface BenchCollector {
  name: string;
  collectWith: CollectWith;
  /** False for a stand-in whose figures mean nothing yet. */
  wired: boolean;
}
