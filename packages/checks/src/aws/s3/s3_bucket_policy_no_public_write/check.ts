import { defineCheck } from '../../../engine/define-check';
import { fail, pass, unknownBecause } from '../../../engine/result';
import { DEFAULT_RESTRICTING_CONDITION_KEYS } from '../../iam-policy/conditions';
import { bucketPolicyCli, bucketPolicyTerraform } from '../lib/bucket-policy-remediation';
import { effectiveFlag } from '../lib/public-access-block';
import { findPublicWrites } from './public-writes';

export const check = defineCheck({
  metadata: {
    id: 's3_bucket_policy_no_public_write',
    shortId: 'S3-06',
    title: 'S3 bucket policy does not let everyone write to the bucket',
    severity: 'CRITICAL',
    service: 's3',
    resourceKind: 'aws.s3.bucket',
    description:
      'Checks that no bucket policy statement allows Principal "*" (or NotPrincipal) any s3:Put*, s3:Delete* or s3:Replicate* action, including through s3:*, "*", other wildcards or NotAction, without a condition that restricts the caller to a network, organisation or account. An unconditional Deny for everyone that covers the same actions and resources cancels the grant; RestrictPublicBuckets (bucket or account level) makes S3 ignore it.',
    risk:
      'Anyone on the internet can upload, overwrite or delete objects, or replace the bucket policy and ACL with s3:PutBucketPolicy / s3:PutBucketAcl: data destruction, ransomware, malware hosting and a bill for the storage.',
    remediation: {
      text: 'Remove the write actions from statements whose Principal is "*", or restrict those statements with a condition such as aws:PrincipalOrgID or aws:SourceVpce; grant writers by their account or role ARN instead. Turn on RestrictPublicBuckets so that a public policy cannot take effect.',
      cli: [
        bucketPolicyCli(['# edit policy.json: drop the s3:Put*/s3:Delete* actions granted to "*" or add a restricting Condition']),
        'aws s3api put-public-access-block --bucket <bucket> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
      ].join('\n'),
      terraform: bucketPolicyTerraform([
        'sid       = "WritersByArn"',
        'actions   = ["s3:PutObject"]',
        'resources = ["${aws_s3_bucket.this.arn}/*"]',
        'principals {',
        '  type        = "AWS"',
        '  identifiers = [aws_iam_role.writer.arn] # never "*"',
        '}',
      ]),
    },
    references: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html',
      'https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazons3.html',
    ],
    compliance: {},
    settings: {
      /** Action patterns that change data or access; a statement reaching any of them is a write grant. */
      writeActionPatterns: ['s3:Put*', 's3:Delete*', 's3:Replicate*'],
      /** Condition keys whose fixed values make an Allow-to-everyone statement non-public (as in S3-03). */
      restrictingConditionKeys: [...DEFAULT_RESTRICTING_CONDITION_KEYS],
    },
  },
  evaluate(bucket, { settings, account }) {
    const policy = bucket.policy;
    if (policy.state === 'error') return unknownBecause(bucket.arn, `whether the policy of bucket ${bucket.name} allows public writes`, policy);
    if (policy.state === 'absent') return pass(bucket.arn, `Bucket ${bucket.name} has no bucket policy, so it grants no public write`);

    const analysis = findPublicWrites(policy.value, settings.writeActionPatterns, settings.restrictingConditionKeys);
    const evidence: Record<string, unknown> = {};
    if (analysis.publicWrites.length > 0) evidence.publicWrites = analysis.publicWrites;
    if (analysis.deniedWrites.length > 0) evidence.deniedWrites = analysis.deniedWrites;
    if (analysis.restrictedWrites.length > 0) evidence.restrictedWrites = analysis.restrictedWrites;
    if (analysis.publicWrites.length === 0) {
      return pass(bucket.arn, `The policy of bucket ${bucket.name} lets no one write without a restricting condition`, evidence);
    }

    const grants = analysis.publicWrites.map((w) => `statement ${w.sid ?? `#${w.index}`} (${w.principal}) allows ${w.writes.join(', ')}`);
    const exposure = `The policy of bucket ${bucket.name} lets everyone write: ${grants.join('; ')}`;
    const restrict = effectiveFlag('restrictPublicBuckets', bucket.publicAccessBlock, account?.s3PublicAccessBlock);
    if (restrict.state === 'on') {
      // S3 then limits the public statements to AWS service principals and the bucket owner's account.
      const by = `restrictPublicBuckets (${restrict.by} level)`;
      return pass(bucket.arn, `${exposure}; neutralized by ${by}`, { ...evidence, neutralizedBy: by });
    }
    if (restrict.state === 'unknown') return unknownBecause(bucket.arn, `whether restrictPublicBuckets neutralizes: ${exposure}`, restrict.error);
    return fail(bucket.arn, exposure, evidence);
  },
});
