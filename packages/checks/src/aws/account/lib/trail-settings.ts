import type { CloudTrailTrail, S3Bucket, TrailConfiguration } from '@cspmexa/resources';
import { unknownBecause, unknownMissingField, type Evaluation } from '../../../engine/result';

/** Per-trail checks read DescribeTrails' answer; unreadable settings are UNKNOWN for `question`. */
export function withTrailSettings(trail: CloudTrailTrail, question: string, judge: (c: TrailConfiguration) => Evaluation): Evaluation {
  const configuration = trail.configuration;
  if (configuration.state === 'error') return unknownBecause(trail.arn, question, configuration);
  if (configuration.state === 'absent') return unknownBecause(trail.arn, question, { state: 'error', api: 'cloudtrail:DescribeTrails', code: 'TrailNotFound', message: 'DescribeTrails did not return the trail' });
  return judge(configuration.value);
}

/** "trail management (organization trail)" for messages: a member account cannot change an organization trail. */
export function trailLabel(trail: CloudTrailTrail, c: TrailConfiguration): string {
  return `trail ${trail.name}${c.isOrganizationTrail ? ' (organization trail, managed from the management account)' : ''}`;
}

/**
 * Per-trail checks on the trail's S3 bucket: the bucket as the scan collected it (joined after collection), or
 * UNKNOWN saying why it is not there (another account's bucket, an unreadable bucket list, an older scan).
 */
export function withTrailBucket(trail: CloudTrailTrail, question: string, judge: (bucket: S3Bucket) => Evaluation): Evaluation {
  const bucket = trail.bucket;
  if (bucket === undefined) return unknownMissingField(trail.arn, question, 'the scan', 'bucket');
  if (bucket.state === 'error') return unknownBecause(trail.arn, question, bucket);
  if (bucket.state === 'absent') return unknownBecause(trail.arn, question, { state: 'error', api: 's3:ListBuckets', code: 'NoSuchBucket', message: 'the trail names no bucket' });
  return judge(bucket.value);
}
