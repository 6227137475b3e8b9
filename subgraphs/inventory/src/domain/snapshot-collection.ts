/**
 * The "collection" of a SNAPSHOT account: read its snapshot (the uploaded file, or the bundled demo) instead of
 * calling AWS, and hand the runner the same CollectionResult a live scan produces, so storing, the change history
 * and `inventory.scan.finished` (hence the findings) follow exactly the live path.
 */
import type { CloudResource } from '@cspmexa/resources';
import { findAccountSnapshot } from '../db/snapshot-store';
import type { AwsAccountRow } from '../db/schema';
import { asCollectedAt, demoSnapshotFile } from '../snapshots/demo-snapshot';
import type { SnapshotFile } from '../snapshots/format';
import { readSnapshot, SnapshotFormatError } from '../snapshots/read-snapshot';
import type { CollectionResult } from './collect-account';
import type { InventoryDeps } from './deps';
import type { ScanProgressRecord } from './scan-progress-record';

const failed = (failureReason: string): CollectionResult => ({ status: 'FAILED', failureReason, errors: [] });

/** The snapshot's identity columns are authoritative over its config (as findings treats the inventory's). */
export const toCloudResource = (r: SnapshotFile['resources'][number]): CloudResource =>
  ({ ...r.config, kind: r.kind, arn: r.arn, name: r.name, region: r.region, accountId: r.accountId }) as unknown as CloudResource;

export async function collectFromSnapshot(
  deps: Pick<InventoryDeps, 'db'>,
  account: AwsAccountRow,
  onProgress: (p: ScanProgressRecord) => void,
): Promise<CollectionResult> {
  onProgress({ phase: 'COLLECTING', resourcesCollected: 0, apiCalls: 0, errors: 0, percentage: 10 });
  const file = account.demo ? await demoSnapshotFile() : (await findAccountSnapshot(deps.db, account.orgId, account.id))?.content;
  if (!file) return failed('This account has no snapshot to read; upload one.');
  let snapshot: SnapshotFile;
  try {
    snapshot = await readSnapshot(file);
  } catch (err) {
    // Uploads are validated before they are stored; this means a file written by an older, incompatible release.
    if (err instanceof SnapshotFormatError) return failed(`The account's snapshot cannot be read: ${err.message}`);
    throw err;
  }
  // As if collected when the demo account was added: ages start as designed, and a rescan sees the same dates
  // (shifting to each scan's time would record every date as a change).
  if (account.demo) snapshot = asCollectedAt(snapshot, account.createdAt);
  const resources = snapshot.resources.map(toCloudResource);
  onProgress({ phase: 'COLLECTING', resourcesCollected: resources.length, apiCalls: 0, errors: snapshot.errors.length, percentage: 90 });
  return {
    status: snapshot.errors.length > 0 ? 'PARTIAL' : 'COMPLETED',
    awsAccountId: snapshot.account.awsAccountId,
    resources,
    errors: snapshot.errors,
    regions: snapshot.regions,
  };
}
