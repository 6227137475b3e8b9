import { defineCheck } from '../../../engine/define-check';
import { fail, pass, unknownBecauseAll } from '../../../engine/result';
import { DEFAULT_RESTRICTING_CONDITION_KEYS } from '../../iam-policy/conditions';
import { assessExposure } from './exposure';

export const check = defineCheck({
  metadata: {
    id: 's3_bucket_public_access',
    shortId: 'S3-03',
    title: 'S3 bucket is not publicly accessible',
    severity: 'CRITICAL',
    service: 's3',
    resourceKind: 'aws.s3.bucket',
    description:
      'Checks that neither the bucket ACL (grants to AllUsers or AuthenticatedUsers) nor the bucket policy (Allow to Principal "*" without a restricting condition) makes the bucket public, unless Block Public Access at bucket or account level neutralizes the grant.',
    risk:
      'A public bucket lets anyone on the internet, or any AWS customer, read or change its objects: the most common cause of cloud data leaks.',
    remediation: {
      text: 'Remove the public ACL grants and the unrestricted Allow statements (or restrict them with aws:SourceVpce, aws:PrincipalOrgID or similar), then turn on Block Public Access so they cannot come back.',
      cli: [
        'aws s3api put-bucket-acl --bucket <bucket> --acl private',
        'aws s3api put-public-access-block --bucket <bucket> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
      ].join('\n'),
      terraform: [
        'resource "aws_s3_bucket_public_access_block" "this" {',
        '  bucket                  = aws_s3_bucket.this.id',
        '  block_public_acls       = true',
        '  ignore_public_acls      = true',
        '  block_public_policy     = true',
        '  restrict_public_buckets = true',
        '}',
      ].join('\n'),
    },
    references: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status',
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#specifying-grantee-predefined-groups',
      'https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketPolicyStatus.html',
    ],
    compliance: {},
    settings: {
      /** Condition keys whose fixed values make an Allow-to-everyone statement non-public. */
      restrictingConditionKeys: [...DEFAULT_RESTRICTING_CONDITION_KEYS],
      /** With a policy present, require GetBucketPolicyStatus to confirm our own analysis before passing. */
      requirePolicyStatus: true,
    },
  },
  evaluate(bucket, { settings, account }) {
    const report = assessExposure(bucket, {
      account: account?.s3PublicAccessBlock,
      restrictingConditionKeys: settings.restrictingConditionKeys,
      requirePolicyStatus: settings.requirePolicyStatus,
    });
    const evidence = report.evidence;
    if (report.neutralized.length > 0) evidence.neutralized = report.neutralized;
    // A definite exposure is reported even when other parts were unreadable: what we did read is already public.
    if (report.exposures.length > 0) {
      if (report.missing.length > 0) evidence.unreadable = report.missing.map((m) => `${m.error.api}: ${m.error.code}`);
      return fail(bucket.arn, `Bucket ${bucket.name} is public: ${report.exposures.join('; ')}`, evidence);
    }
    if (report.missing.length > 0) {
      return unknownBecauseAll(bucket.arn, `whether bucket ${bucket.name} is public`, report.missing);
    }
    const why = report.neutralized.length > 0 ? `: ${report.neutralized.join('; ')}` : '';
    return pass(bucket.arn, `Bucket ${bucket.name} is not public${why}`, evidence);
  },
});
