import fs from 'node:fs';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DEMO_SNAPSHOT_FILE } from '../src/snapshots/demo-snapshot';
import { readSnapshot } from '../src/snapshots/read-snapshot';
import { buildDemoSnapshot } from './build-demo-snapshot';

describe('the shipped demo snapshot', () => {
  it('is what the generator builds (regenerate with `npx tsx subgraphs/inventory/demo/generate-demo-snapshot.ts`)', async () => {
    const shipped = await readSnapshot(fs.readFileSync(DEMO_SNAPSHOT_FILE));
    expect(shipped).toEqual(JSON.parse(JSON.stringify(buildDemoSnapshot())));
  });

  it('is a realistic fictional account: 2-3 regions, tens to a couple hundred resources of S3, EC2, VPC and IAM', async () => {
    const demo = await readSnapshot(fs.readFileSync(DEMO_SNAPSHOT_FILE));
    expect(demo.account.awsAccountId).toBe('111122223333');
    const scanned = demo.regions.filter((r) => r.status === 'SCANNED').map((r) => r.region);
    expect(scanned.length).toBeGreaterThanOrEqual(2);
    expect(scanned.length).toBeLessThanOrEqual(3);
    expect(demo.resources.length).toBeGreaterThanOrEqual(30);
    expect(demo.resources.length).toBeLessThanOrEqual(250);
    const kinds = new Set(demo.resources.map((r) => r.kind));
    for (const kind of ['aws.s3.bucket', 'aws.s3.account', 'aws.ec2.instance', 'aws.ec2.security_group', 'aws.ec2.volume', 'aws.ec2.vpc', 'aws.ec2.subnet', 'aws.iam.user', 'aws.iam.role', 'aws.iam.policy', 'aws.iam.account']) {
      expect(kinds, kind).toContain(kind);
    }
    // The IAM account settings carry the password policy and the credential report's root row.
    const iamAccount = demo.resources.find((r) => r.kind === 'aws.iam.account')?.config as Record<string, { state: string }>;
    expect(iamAccount.passwordPolicy?.state).toBe('ok');
    expect(iamAccount.root).toMatchObject({ state: 'ok', value: { user: '<root_account>', mfaActive: false } });
    for (const r of demo.resources) expect(r.accountId, r.arn).toBe('111122223333');
  });

  it('holds nothing that looks like a real AWS secret', () => {
    const text = zlib.gunzipSync(fs.readFileSync(DEMO_SNAPSHOT_FILE)).toString('utf8');
    expect(text).not.toMatch(/AKIA[0-9A-Z]{16}/);
    expect(text).not.toMatch(/ASIA[0-9A-Z]{16}/);
    expect(text).not.toMatch(/aws_secret_access_key|-----BEGIN [A-Z ]*PRIVATE KEY/i);
  });
});
