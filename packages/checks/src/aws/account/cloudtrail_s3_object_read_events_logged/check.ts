import { defineCheck } from '../../../engine/define-check';
import { CLOUDTRAIL_DOCS } from '../lib/references';
import { judgeS3ObjectEvents, S3_OBJECT_EVENTS_CLI, S3_OBJECT_EVENTS_TERRAFORM } from '../lib/s3-object-events';

export const check = defineCheck({
  metadata: {
    id: 'cloudtrail_s3_object_read_events_logged',
    shortId: 'ACC-06',
    title: 'CloudTrail logs S3 object-level read events for every bucket',
    severity: 'LOW',
    service: 'account',
    resourceKind: 'aws.cloudtrail.account',
    description:
      'Checks that a logging, multi-region trail records S3 data events of type AWS::S3::Object for every bucket (classic DataResources value arn:aws:s3, or an advanced selector on eventCategory Data and resources.type AWS::S3::Object with no narrowing condition) that include reads (ReadWriteType All or ReadOnly; readOnly not restricted to false).',
    risk: 'Without object-level read events, who downloaded which object cannot be established: the scope of a data leak through stolen credentials stays unknown.',
    remediation: {
      text: 'Add an S3 data event selector for all buckets, recording read events (or All), to the multi-region trail.',
      cli: S3_OBJECT_EVENTS_CLI('ReadOnly'),
      terraform: S3_OBJECT_EVENTS_TERRAFORM('ReadOnly'),
    },
    references: [CLOUDTRAIL_DOCS.dataEvents, CLOUDTRAIL_DOCS.selectorsApi],
    compliance: { 'cis-aws-3.0.0': ['3.9'], 'cis-aws-5.0.0': ['3.9'] },
    settings: {
      /** A single-region trail sees only its own region's buckets; off, any logging trail may pass. */
      requireMultiRegionTrail: true,
    },
  },
  evaluate(account, { settings }) {
    return judgeS3ObjectEvents(account, 'read', settings.requireMultiRegionTrail);
  },
});
