import { defineCheck } from '../../../engine/define-check';
import { DEFAULT_RESTRICTING_CONDITION_KEYS } from '../../iam-policy/conditions';
import { assessExposure, exposureVerdict } from '../lib/exposure';
import { publicAccessBlockTerraform } from '../lib/public-access-block';

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
      terraform: publicAccessBlockTerraform(),
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
    return exposureVerdict(bucket.arn, `Bucket ${bucket.name}`, report);
  },
});
