/** One problem met during a scan: the API that failed, on which resource, and the error code AWS gave. */
export interface ScanErrorRecord {
  /** `<service>:<Operation>`, e.g. `s3:GetBucketPolicy`. */
  api: string;
  /** The region the call went to (`global` for IAM); absent on records written before regions were collected. */
  region?: string;
  resourceArn?: string;
  code: string;
  message: string;
}
