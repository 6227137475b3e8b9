import type { CloudTrailAccount } from '@cspmexa/resources';
import type { Evaluation } from '../../../engine/result';
import { logging, multiRegion, recordsS3ObjectEvents, type Directions } from './trail-facts';
import { judgeAccountTrails, type TrailRequirement } from './trail-requirements';

/**
 * ACC-06, read or write: some logging trail records S3 object-level events of that direction for every bucket.
 * Multi-region by default: a single-region trail sees only the buckets of its own region.
 */
export function judgeS3ObjectEvents(account: CloudTrailAccount, direction: keyof Directions, requireMultiRegionTrail: boolean): Evaluation {
  const what = direction === 'read' ? 'read' : 'write';
  const requirements: TrailRequirement[] = [...(requireMultiRegionTrail ? [multiRegion] : []), logging, recordsS3ObjectEvents(direction)];
  return judgeAccountTrails(account, {
    question: `whether S3 object-level ${what} events are logged`,
    failure: `No ${requireMultiRegionTrail ? 'multi-region ' : ''}logging trail records S3 object-level ${what} events for every bucket`,
    requirements,
    passed: (view) => `Trail ${view.trailName} records S3 object-level ${what} events for every bucket`,
  });
}

export const S3_OBJECT_EVENTS_CLI = (readWriteType: 'WriteOnly' | 'ReadOnly') =>
  `aws cloudtrail put-event-selectors --trail-name <trail> --event-selectors '[{"ReadWriteType":"All","IncludeManagementEvents":true},{"ReadWriteType":"${readWriteType}","IncludeManagementEvents":false,"DataResources":[{"Type":"AWS::S3::Object","Values":["arn:aws:s3"]}]}]'`;

export const S3_OBJECT_EVENTS_TERRAFORM = (readWriteType: 'WriteOnly' | 'ReadOnly') =>
  [
    'resource "aws_cloudtrail" "management" {',
    '  # ...',
    '  event_selector {',
    `    read_write_type           = "${readWriteType}"`,
    '    include_management_events = false',
    '    data_resource {',
    '      type   = "AWS::S3::Object"',
    '      values = ["arn:aws:s3"]',
    '    }',
    '  }',
    '}',
  ].join('\n');
