/**
 * Stand-ins for scan-job tests: AWS sessions that need no network (credentials and identity answer at once,
 * DescribeRegions lists one region), and a collector whose pace the test sets: `calls` API calls of `delayMs`
 * each through the scan's caller (so cancel and progress see them), then `resources` buckets.
 */
import { DescribeRegionsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { IAMClient } from '@aws-sdk/client-iam';
import { OrganizationsClient } from '@aws-sdk/client-organizations';
import { S3Client } from '@aws-sdk/client-s3';
import { S3ControlClient } from '@aws-sdk/client-s3-control';
import { ok, type S3Bucket } from '@cspmexa/resources';
import { mockClient } from 'aws-sdk-client-mock';
import type { AwsClientFactory } from '../../src/aws/clients';
import type { AwsCollector } from '../../src/collectors/aws/collector';
import { memoClients } from '../../src/collectors/aws/test-support';

const credentials = { accessKeyId: 'AKIATEST', secretAccessKey: 'test' };

export function fakeAwsClients(awsAccountId = '123456789012'): AwsClientFactory {
  return {
    session: () => {
      const ec2 = new EC2Client({ region: 'us-east-1', credentials });
      mockClient(ec2).on(DescribeRegionsCommand).resolves({ Regions: [{ RegionName: 'us-east-1', OptInStatus: 'opt-in-not-required' }] });
      return {
        resolveCredentials: async () => undefined,
        callerIdentity: async () => ({ accountId: awsAccountId, arn: `arn:aws:iam::${awsAccountId}:user/scanner` }),
        refreshCredentials: async () => undefined,
        s3: (region) => new S3Client({ region, credentials }),
        ec2: () => ec2,
        iam: () => new IAMClient({ region: 'us-east-1', credentials }),
        s3control: (region) => new S3ControlClient({ region, credentials }),
        organizations: () => new OrganizationsClient({ region: 'us-east-1', credentials }),
        client: memoClients({ credentials }),
        destroy: () => undefined,
      };
    },
  };
}

const bucket = (accountId: string, name: string): S3Bucket => ({
  kind: 'aws.s3.bucket',
  arn: `arn:aws:s3:::${name}`,
  name,
  accountId,
  region: 'us-east-1',
  acl: ok({ grants: [] }),
  policy: ok({ Statement: [] }),
  policyStatus: ok({ isPublic: false }),
  publicAccessBlock: ok({ blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true }),
  encryption: ok({ rules: [] }),
  versioning: ok({}),
  logging: ok({}),
});

export function pacedCollector(opts: { calls: number; delayMs: number; resources: number; prefix?: string }): AwsCollector {
  return {
    service: 'paced',
    async collect(ctx) {
      for (let i = 0; i < opts.calls; i++) {
        await ctx.caller.call({ service: 's3', operation: 'GetBucketTagging', region: ctx.defaultRegion, apiClass: 's3' }, () => new Promise((r) => setTimeout(r, opts.delayMs)));
      }
      return { resources: Array.from({ length: opts.resources }, (_, i) => bucket(ctx.accountId, `${opts.prefix ?? 'paced'}-${i}`)), errors: [] };
    },
  };
}
