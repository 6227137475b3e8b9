/**
 * Where an evaluation gets the scanned resources from. Production asks the inventory subgraph directly with a
 * service assertion; tests pass resources in.
 */
import type { CloudResource, InventoryResource } from '@cspmexa/resources';
import { AppError, callSubgraph } from '@cspmexa/server-kit';

export interface ScanSnapshot {
  scanId: string;
  /** The inventory AwsAccount id. */
  accountId: string;
  status: 'COMPLETED' | 'PARTIAL' | 'FAILED' | string;
  resources: InventoryResource[];
}

export type SnapshotSource = (scan: { orgId: string; scanId: string }) => Promise<ScanSnapshot | null>;

const SNAPSHOT_QUERY = `query FindingsScanSnapshot($id: ID!) {
  scanSnapshot(scanId: $id) { scanId accountId status resources { id arn kind accountId region data } }
}`;

interface SnapshotResourceAnswer {
  id: string;
  arn: string;
  kind: string;
  accountId: string;
  region: string;
  data: unknown;
}

interface SnapshotAnswer {
  scanSnapshot: { scanId: string; accountId: string; status: string; resources: SnapshotResourceAnswer[] } | null;
}

export function inventorySnapshotSource(opts: { inventoryUrl: string; internalSecret: string }): SnapshotSource {
  return async ({ orgId, scanId }) => {
    const answer = await callSubgraph<SnapshotAnswer>(opts.inventoryUrl, SNAPSHOT_QUERY, { id: scanId }, {
      viewer: { kind: 'service', service: 'findings', orgId },
      internalSecret: opts.internalSecret,
    });
    const snap = answer.scanSnapshot;
    if (!snap) return null;
    return {
      scanId: snap.scanId,
      accountId: snap.accountId,
      status: snap.status,
      resources: snap.resources.map((r) => ({ id: r.id, resource: asResource(r) })),
    };
  };
}

// `data` is the collector's normalized resource; the listed columns are authoritative for identity, so a resource
// whose data disagrees with them is refused rather than evaluated under the wrong ARN or account.
function asResource(r: SnapshotResourceAnswer): CloudResource {
  const data = r.data as Partial<CloudResource> | null;
  if (!data || typeof data !== 'object' || data.kind !== r.kind || data.arn !== r.arn) {
    throw new AppError('INTERNAL', `Inventory snapshot resource ${r.id} has data that does not match its kind/arn.`);
  }
  return { ...(data as CloudResource), accountId: r.accountId, region: r.region };
}
