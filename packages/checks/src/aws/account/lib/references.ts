/** Documentation the account-level checks cite, and the Terraform trail their remediations build on. */
export const CLOUDTRAIL_DOCS = {
  multiRegion: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/receive-cloudtrail-log-files-from-multiple-regions.html',
  managementEvents: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-management-events-with-cloudtrail.html',
  dataEvents: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-data-events-with-cloudtrail.html',
  selectorsApi: 'https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_GetEventSelectors.html',
  status: 'https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_GetTrailStatus.html',
  validation: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-intro.html',
  kms: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/encrypting-cloudtrail-log-files-with-aws-kms.html',
  bucketPolicy: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-s3-bucket-policy-for-cloudtrail.html',
  cloudWatchLogs: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html',
  alarms: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudwatch-alarms-for-cloudtrail.html',
} as const;

/** A trail resource in Terraform with `extra` lines inside the block (indented by the caller). */
export function terraformTrail(...extra: string[]): string {
  return [
    'resource "aws_cloudtrail" "management" {',
    '  name                          = "management"',
    '  s3_bucket_name                = aws_s3_bucket.trail.id',
    '  is_multi_region_trail         = true',
    '  include_global_service_events = true',
    ...extra,
    '}',
  ].join('\n');
}
