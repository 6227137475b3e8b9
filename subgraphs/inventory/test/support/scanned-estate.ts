/**
 * The estate the inventory's wire-level tests scan: the local AWS stand-in with a public and a private bucket and
 * two analyzers, the AWS SDK pointed at it, and the inventory subgraph on a real database.
 */
import { ALL_USERS, OWNER_ID, startS3StandIn, type S3StandIn } from '@cspmexa/aws-local';
import { eventually, startHarness, user, type Harness } from './harness';
import { pointAwsAtStandIn } from './stand-in-env';
import { afterAll, beforeAll } from 'vitest';

export const AWS_ACCOUNT = '210987654321';
export const PUBLIC_POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Sid: 'PublicRead', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::public-assets/*' }],
});

export const ADD = `mutation($input: AddAwsAccountInput!) { addAwsAccount(input: $input) { id name authMethod roleArn externalId awsAccountId } }`;
export const START = `mutation($id: ID!) { startScan(accountId: $id) { id status account { id } } }`;
export const SCAN = `query($id: ID!) { scan(id: $id) { id status resourceCount errorCount failureReason startedAt finishedAt errors { api resourceArn code message } regions { region status reason } } }`;

/**
 * Two buckets, plus the account-wide S3, IAM, CloudTrail (no trail) and alternate-contact settings, and the EC2,
 * AWS Config and IAM Access Analyzer settings of the one enabled region.
 */
export const RESOURCES_PER_SCAN = 9;

export interface ScannedEstate {
  standIn: S3StandIn;
  h: Harness;
  /** The scan once it has ended (neither QUEUED nor RUNNING), as `viewerOrg`'s admin sees it. */
  waitForScanEnd(viewerOrg: string, scanId: string): Promise<any>;
  close(): Promise<void>;
}

export async function startScannedEstate(): Promise<ScannedEstate> {
  const standIn = await startS3StandIn({
    accountId: AWS_ACCOUNT,
    buckets: {
      'public-assets': {
        grants: [
          { type: 'CanonicalUser', id: OWNER_ID, permission: 'FULL_CONTROL' },
          { type: 'Group', uri: ALL_USERS, permission: 'READ' },
        ],
        policy: PUBLIC_POLICY,
      },
      'private-data': {
        publicAccessBlock: { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true },
        encryption: { sseAlgorithm: 'aws:kms', kmsMasterKeyId: 'alias/data' },
        versioning: { status: 'Enabled' },
        logging: { targetBucket: 'public-assets', targetPrefix: 'logs/' },
        tags: { team: 'data' },
      },
    },
    analyzers: { 'us-east-1': [{ name: 'account-analyzer' }, { name: 'unused-access', type: 'ACCOUNT_UNUSED_ACCESS' }] },
  });
  const restoreEnv = pointAwsAtStandIn(standIn);
  const h = await startHarness();
  return {
    standIn,
    h,
    waitForScanEnd: (viewerOrg, scanId) =>
      eventually(async () => {
        const res = await h.gql(user(viewerOrg), SCAN, { id: scanId });
        const scan = res.data?.scan;
        return scan && !['QUEUED', 'RUNNING'].includes(scan.status) ? scan : undefined;
      }),
    async close() {
      await h.close();
      await standIn.close();
      restoreEnv();
    },
  };
}

/** Starts the estate before the file's tests (handing it to `ready`) and closes it after them. */
export function useScannedEstate(ready: (estate: ScannedEstate) => void): Pick<ScannedEstate, 'waitForScanEnd'> {
  let estate: ScannedEstate | undefined;
  beforeAll(async () => {
    estate = await startScannedEstate();
    ready(estate);
  });
  afterAll(async () => {
    await estate?.close();
  });
  return { waitForScanEnd: (viewerOrg, scanId) => estate!.waitForScanEnd(viewerOrg, scanId) };
}
