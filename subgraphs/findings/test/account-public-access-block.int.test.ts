/**
 * The account-level S3 Block Public Access, read from the scan's own inventory: a bucket granting AllUsers READ by
 * ACL (no bucket-level Block Public Access) is neutralized when the account blocks public access, unknown when the
 * account setting could not be read, and public when the scan carries no account setting at all. A regression
 * test for evaluations that ran the checks without account contexts (every such bucket was reported public).
 */
import crypto from 'node:crypto';
import { ok, readError } from '@cspmexa/resources';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanCheckResults } from '../src/db/schema';
import { asInventory, AWS_ACCOUNT, publicBucket, s3Account } from './fixtures';
import { startHarness, userOf } from './harness';

const CHECK = 's3_bucket_public_access';
const ALL_ON = { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true };

let h: Awaited<ReturnType<typeof startHarness>>;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
});

/** Scans the public bucket (plus `accountSettings`, if any) in a fresh org; answers its findings and the stored tally. */
async function scanPublicBucketWith(accountSettings: ReturnType<typeof s3Account> | null) {
  const orgId = `org-bpa-${crypto.randomUUID()}`;
  const resources = [asInventory('res-bucket', publicBucket('acl-public-bucket'))];
  if (accountSettings) resources.push(asInventory('res-s3-account', accountSettings));
  const { scanId, outcome } = await h.scan(orgId, 'inventory-account-1', resources);
  expect(outcome.outcome).toBe('evaluated');

  const answer = await h.gql(userOf(orgId), `query($f: FindingFilter) { findings(filter: $f) { edges { node { status resourceArn } } } }`, {
    f: { checkIds: [CHECK] },
  });
  expect(answer.errors).toBeUndefined();
  const findings = answer.data!.findings.edges.map((e: { node: unknown }) => e.node);
  const [tally] = await h.db
    .select({ passed: scanCheckResults.passed, failed: scanCheckResults.failed, unknown: scanCheckResults.unknown })
    .from(scanCheckResults)
    .where(and(eq(scanCheckResults.orgId, orgId), eq(scanCheckResults.scanId, scanId), eq(scanCheckResults.checkId, CHECK)));
  return { findings, tally };
}

describe('account-level S3 Block Public Access in a scan evaluation', () => {
  it('PASS: all four account-level flags on neutralize the public ACL grant, so no finding opens', async () => {
    const { findings, tally } = await scanPublicBucketWith(s3Account(AWS_ACCOUNT, ok(ALL_ON)));
    expect(findings).toEqual([]);
    expect(tally).toEqual({ passed: 1, failed: 0, unknown: 0 });
  });

  it('UNKNOWN: the account setting was unreadable (AccessDenied), so the bucket is neither passed nor failed', async () => {
    const denied = readError<typeof ALL_ON>('s3control:GetPublicAccessBlock', 'AccessDenied', 'Access Denied');
    const { findings, tally } = await scanPublicBucketWith(s3Account(AWS_ACCOUNT, denied));
    expect(findings).toEqual([]);
    expect(tally).toEqual({ passed: 0, failed: 0, unknown: 1 });
  });

  it('FAIL: with no account setting in the scan, the public ACL grant opens a finding', async () => {
    const { findings, tally } = await scanPublicBucketWith(null);
    expect(findings).toEqual([{ status: 'OPEN', resourceArn: 'arn:aws:s3:::acl-public-bucket' }]);
    expect(tally).toEqual({ passed: 0, failed: 1, unknown: 0 });
  });

  it("another account's setting does not neutralize this account's bucket", async () => {
    const { findings } = await scanPublicBucketWith(s3Account('999988887777', ok(ALL_ON)));
    expect(findings).toEqual([{ status: 'OPEN', resourceArn: 'arn:aws:s3:::acl-public-bucket' }]);
  });
});
