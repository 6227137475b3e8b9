import { defineCheck } from '../../../engine/define-check';
import { DEFAULT_RESTRICTING_CONDITION_KEYS } from '../../iam-policy/conditions';
import { assessExposure, exposureVerdict } from '../../s3/lib/exposure';
import { publicAccessBlockTerraform } from '../../s3/lib/public-access-block';
import { CLOUDTRAIL_DOCS } from '../lib/references';
import { withTrailBucket } from '../lib/trail-settings';

export const check = defineCheck({
  metadata: {
    id: 'cloudtrail_bucket_not_public',
    shortId: 'ACC-04',
    title: 'The S3 bucket CloudTrail delivers to is not publicly accessible',
    severity: 'CRITICAL',
    service: 'account',
    resourceKind: 'aws.cloudtrail.trail',
    description:
      "Judges the trail's S3 bucket exactly as S3-03 judges any bucket: public through its ACL (AllUsers, AuthenticatedUsers) or its policy (Allow to Principal \"*\" without a restricting condition), unless Block Public Access at bucket or account level neutralizes the grant. The bucket is the one the same scan collected; a bucket in another account is UNKNOWN.",
    risk:
      'Public trail logs hand an attacker a map of the account: principals, roles, network layout, the calls that work and the ones that are denied. A publicly writable bucket also lets them forge or delete evidence.',
    remediation: {
      text: "Remove public ACL grants and unrestricted Allow statements from the trail bucket's policy (keep only the CloudTrail service principal with aws:SourceArn), then turn on Block Public Access for the bucket.",
      cli: [
        'aws s3api put-bucket-acl --bucket <trail-bucket> --acl private',
        'aws s3api put-public-access-block --bucket <trail-bucket> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
      ].join('\n'),
      terraform: publicAccessBlockTerraform('trail'),
    },
    references: [CLOUDTRAIL_DOCS.bucketPolicy, 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html'],
    compliance: {},
    settings: {
      /** Condition keys whose fixed values make an Allow-to-everyone statement non-public (as in S3-03). */
      restrictingConditionKeys: [...DEFAULT_RESTRICTING_CONDITION_KEYS],
      /** With a policy present, require GetBucketPolicyStatus to confirm our own analysis before passing. */
      requirePolicyStatus: true,
    },
  },
  evaluate(trail, { settings, account }) {
    return withTrailBucket(trail, `whether the bucket of trail ${trail.name} is public`, (bucket) => {
      const report = assessExposure(bucket, {
        account: trail.accountPublicAccessBlock ?? account?.s3PublicAccessBlock,
        restrictingConditionKeys: settings.restrictingConditionKeys,
        requirePolicyStatus: settings.requirePolicyStatus,
      });
      return exposureVerdict(trail.arn, `Bucket ${bucket.name} of trail ${trail.name}`, report);
    });
  },
});
