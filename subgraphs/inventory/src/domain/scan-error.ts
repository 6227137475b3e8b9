/** One problem met during a scan: the API that failed, on which resource, and the error code AWS gave. */
export interface ScanErrorRecord {
  /** `<service>:<Operation>`, e.g. `s3:GetBucketPolicy`. */
  api: string;
  resourceArn?: string;
  code: string;
  message: string;
}
