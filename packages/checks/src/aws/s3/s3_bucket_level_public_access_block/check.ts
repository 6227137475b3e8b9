import { defineCheck } from '../../../engine/define-check';
import { fail, pass, unknownBecause, type ReadError } from '../../../engine/result';
import { BLOCK_PUBLIC_ACCESS_FLAGS, effectiveFlag, publicAccessBlockTerraform } from '../lib/public-access-block';

export const check = defineCheck({
  metadata: {
    id: 's3_bucket_level_public_access_block',
    shortId: 'S3-02',
    title: 'S3 bucket has all four Block Public Access settings enabled',
    severity: 'HIGH',
    service: 's3',
    resourceKind: 'aws.s3.bucket',
    description:
      'Checks that BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy and RestrictPublicBuckets are all in force for the bucket, set on the bucket itself or inherited from the account-level Block Public Access configuration.',
    risk:
      'Without Block Public Access a single ACL or bucket policy change, by mistake or by an attacker, can expose every object in the bucket to the internet.',
    remediation: {
      text: 'Turn on all four Block Public Access settings for the bucket, or for the whole account if no bucket in it should ever be public.',
      cli: 'aws s3api put-public-access-block --bucket <bucket> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
      terraform: publicAccessBlockTerraform(),
    },
    references: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
      'https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetPublicAccessBlock.html',
    ],
    compliance: { 'cis-aws-3.0.0': ['2.1.4'], 'cis-aws-5.0.0': ['2.1.4'] },
    settings: {
      /** CIS 2.1.4 accepts account-level settings as covering every bucket; turn off to demand bucket-level ones. */
      acceptAccountLevel: true,
    },
  },
  evaluate(bucket, { settings, account }) {
    const accountLevel = settings.acceptAccountLevel ? account?.s3PublicAccessBlock : undefined;
    const flags: Record<string, string> = {};
    const off: string[] = [];
    const levels = new Set<string>();
    let unreadable: ReadError | undefined;
    for (const flag of BLOCK_PUBLIC_ACCESS_FLAGS) {
      const effective = effectiveFlag(flag, bucket.publicAccessBlock, accountLevel);
      flags[flag] = effective.state === 'on' ? effective.by : effective.state;
      if (effective.state === 'on') levels.add(effective.by);
      else if (effective.state === 'off') off.push(flag);
      else unreadable ??= effective.error;
    }
    const evidence = {
      flags,
      accountLevel: accountLevel?.state ?? (settings.acceptAccountLevel ? 'not collected' : 'not accepted'),
    };

    // A flag known to be off is a definite failure, even if another one could not be read.
    if (off.length > 0) {
      const note = settings.acceptAccountLevel && accountLevel === undefined ? ' (account-level settings were not collected)' : '';
      return fail(bucket.arn, `Block Public Access is off for bucket ${bucket.name}: ${off.join(', ')}${note}`, evidence);
    }
    if (unreadable !== undefined) {
      return unknownBecause(bucket.arn, `the Block Public Access settings of bucket ${bucket.name}`, unreadable);
    }
    return pass(bucket.arn, `All four Block Public Access settings are on for bucket ${bucket.name} (${[...levels].join(' and ')} level)`, evidence);
  },
});
