/** Reading scans and the internal snapshot the findings engine evaluates. */
import { pageSize, requireService, type Viewer } from '@cspmexa/server-kit';
import { findScan, latestScansOf, listScans } from '../db/scans';
import { resourcesOfScan } from '../db/resources';
import type { ResourceRow, ScanRow } from '../db/schema';
import type { InventoryDeps } from './deps';
import { decodeTimeCursor, isUuid } from './ids';
import { readerOrg } from './viewer-org';

export interface ScanSnapshot {
  scan: ScanRow;
  resources: ResourceRow[];
}

export function createScanService(deps: Pick<InventoryDeps, 'db'>) {
  const { db } = deps;
  return {
    async scan(viewer: Viewer | null, id: string): Promise<ScanRow | null> {
      const orgId = readerOrg(viewer);
      return (isUuid(id) && (await findScan(db, orgId, id))) || null;
    },

    /** The latest scan of each account, in one statement (the accounts list). */
    async latestScans(viewer: Viewer | null, accountIds: readonly string[]): Promise<Map<string, ScanRow>> {
      return latestScansOf(db, readerOrg(viewer), accountIds);
    },

    async scans(viewer: Viewer | null, args: { accountId?: string | null; first?: number | null; after?: string | null }) {
      const orgId = readerOrg(viewer);
      const limit = pageSize(args.first);
      const cursor = decodeTimeCursor(args.after);
      if (args.accountId && !isUuid(args.accountId)) return { rows: [], total: 0, limit };
      const page = await listScans(db, orgId, { accountId: args.accountId ?? undefined }, {
        limit,
        after: cursor && { queuedAt: cursor.at, id: cursor.id },
      });
      return { ...page, limit };
    },

    /** Internal: only a service (the findings subgraph) may read a whole scan's resources at once. */
    async snapshot(viewer: Viewer | null, scanId: string): Promise<ScanSnapshot | null> {
      const service = requireService(viewer);
      const scan = isUuid(scanId) ? await findScan(db, service.orgId, scanId) : undefined;
      if (!scan) return null;
      return { scan, resources: await resourcesOfScan(db, service.orgId, scan.id) };
    },
  };
}
export type ScanService = ReturnType<typeof createScanService>;
