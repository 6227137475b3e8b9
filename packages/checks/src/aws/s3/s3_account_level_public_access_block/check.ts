import { defineCheck } from '../../../engine/define-check';
import { fail, pass, unknownBecause } from '../../../engine/result';
import { BLOCK_PUBLIC_ACCESS_FLAGS } from '../lib/public-access-block';

export const check = defineCheck({
  metadata: {
    id: 's3_account_level_public_access_block',
    shortId: 'S3-01',
    title: 'Account-level S3 Block Public Access has all four settings on',
    severity: 'HIGH',
    service: 's3',
    resourceKind: 'aws.s3.account',
    description:
      'Checks s3control:GetPublicAccessBlock(AccountId): BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy and RestrictPublicBuckets must all be true. A configuration never set (NoSuchPublicAccessBlockConfiguration) fails.',
    risk: 'Without the account-wide block, every bucket depends on its own settings: one new bucket or one careless policy or ACL change is enough to publish data.',
    remediation: {
      text: 'Turn on all four Block Public Access settings for the account (after checking with S3-03 that no bucket must stay public); buckets that must be public belong in a separate account.',
      cli: 'aws s3control put-public-access-block --account-id <account-id> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
      terraform: 'resource "aws_s3_account_public_access_block" "this" {\n  block_public_acls       = true\n  ignore_public_acls      = true\n  block_public_policy     = true\n  restrict_public_buckets = true\n}',
    },
    references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html', 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/configuring-block-public-access-account.html'],
    compliance: { 'cis-aws-3.0.0': ['2.1.4'], 'cis-aws-5.0.0': ['2.1.4'] },
    settings: {},
  },
  evaluate(account) {
    const block = account.publicAccessBlock;
    if (block.state === 'error') return unknownBecause(account.arn, `the account-level Block Public Access of ${account.accountId}`, block);
    if (block.state === 'absent') return fail(account.arn, `Account ${account.accountId} has no account-level S3 Block Public Access configuration`, { off: BLOCK_PUBLIC_ACCESS_FLAGS });
    const off = BLOCK_PUBLIC_ACCESS_FLAGS.filter((flag) => !block.value[flag]);
    return off.length === 0
      ? pass(account.arn, `Account ${account.accountId} blocks public access to S3 with all four settings`)
      : fail(account.arn, `Account-level S3 Block Public Access of ${account.accountId} has ${off.join(', ')} off`, { off });
  },
});
