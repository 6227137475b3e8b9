/**
 * The account-level S3 settings: s3control:GetPublicAccessBlock for the account, which overrides every bucket's
 * own Block Public Access. Never configured (NoSuchPublicAccessBlockConfiguration) is `absent`, not an error.
 */
import { GetPublicAccessBlockCommand } from '@aws-sdk/client-s3-control';
import { GLOBAL_REGION, type S3Account } from '@cspmexa/resources';
import type { ScanErrorRecord } from '../../domain/scan-error';
import { partReader } from './calls/read-part';
import type { AwsCollector, AwsScanContext, CollectorOutput } from './collector';

export async function collectS3Account(ctx: AwsScanContext): Promise<CollectorOutput> {
  const errors: ScanErrorRecord[] = [];
  const arn = `arn:${ctx.partition}:s3::${ctx.accountId}:account`;
  const read = partReader(ctx.caller, errors);
  const s3control = ctx.s3control(ctx.defaultRegion);
  const publicAccessBlock = await read(
    { service: 's3control', operation: 'GetPublicAccessBlock', region: ctx.defaultRegion, apiClass: 's3-control' },
    () => s3control.send(new GetPublicAccessBlockCommand({ AccountId: ctx.accountId })),
    (o) => {
      const c = o.PublicAccessBlockConfiguration ?? {};
      // An unset flag is not blocking: AWS treats a missing flag as false.
      return {
        blockPublicAcls: c.BlockPublicAcls === true,
        ignorePublicAcls: c.IgnorePublicAcls === true,
        blockPublicPolicy: c.BlockPublicPolicy === true,
        restrictPublicBuckets: c.RestrictPublicBuckets === true,
      };
    },
    { resourceArn: arn, absentCodes: ['NoSuchPublicAccessBlockConfiguration'] },
  );
  const account: S3Account = { kind: 'aws.s3.account', arn, name: 'S3 account settings', accountId: ctx.accountId, region: GLOBAL_REGION, publicAccessBlock };
  return { resources: [account], errors };
}

export const s3AccountCollector: AwsCollector = { service: 's3-account', collect: collectS3Account };
