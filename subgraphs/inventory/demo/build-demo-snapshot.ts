/**
 * The demo snapshot as data: a fictional company's account (111122223333) in three regions plus one it has not
 * opted in to, with S3, EC2, VPC, IAM (credential report, password policy, account settings) and the account-wide
 * services (SSM-managed instances and the AWSSupportAccess holders included), built so that most checks see both
 * PASS and FAIL and every check at least one of them (test/demo/demo-checks.int.test.ts). demo-snapshot.json.gz is
 * this, gzipped (generate-demo-snapshot.ts); a unit test keeps the two equal.
 */
import type { CloudResource } from '@cspmexa/resources';
import { linkTrailBuckets } from '../src/collectors/aws/cloudtrail-bucket-link';
import { SNAPSHOT_FORMAT, SNAPSHOT_FORMAT_VERSION, type SnapshotFile, type SnapshotResource } from '../src/snapshots/format';
import { demoAccountActivity } from './estate/activity';
import { COLLECTED_AT, DEMO_ACCOUNT, DEMO_REGIONS } from './estate/common';
import { demoCompute } from './estate/compute';
import { demoIam } from './estate/iam';
import { demoNetwork } from './estate/network';
import { demoS3 } from './estate/s3';

function entry(r: CloudResource): SnapshotResource {
  const tags = 'tags' in r && r.tags?.state === 'ok' ? r.tags.value : null;
  return { kind: r.kind, arn: r.arn, name: r.name, region: r.region, accountId: r.accountId, tags, config: r as unknown as SnapshotResource['config'] };
}

export function buildDemoSnapshot(): SnapshotFile {
  // Trails get their bucket the way a live scan joins it, after every collector.
  const resources = linkTrailBuckets([...demoS3(), ...demoNetwork(), ...demoCompute(), ...demoIam(), ...demoAccountActivity()]);
  return {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_FORMAT_VERSION,
    generator: 'cspmexa demo generator (subgraphs/inventory/demo)',
    exportedAt: COLLECTED_AT,
    collectedAt: COLLECTED_AT,
    account: { awsAccountId: DEMO_ACCOUNT, name: 'Example Corp (fictional)' },
    scan: null,
    regions: [
      { region: 'af-south-1', status: 'SKIPPED', reason: 'The account has not opted in to this region.' },
      ...DEMO_REGIONS.map((region) => ({ region, status: 'SCANNED' as const })),
    ],
    errors: [],
    resources: resources.map(entry).sort((a, b) => a.arn.localeCompare(b.arn)),
  };
}
