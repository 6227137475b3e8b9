/** Reading the collected inventory. */
import { pageSize, type Viewer } from '@cspmexa/server-kit';
import { findResource, listResources, type ResourceFilter } from '../db/resources';
import type { ResourceRow } from '../db/schema';
import type { InventoryDeps } from './deps';
import { decodeKeyCursor, isUuid } from './ids';
import { readerOrg } from './viewer-org';

export function createResourceService(deps: Pick<InventoryDeps, 'db'>) {
  const { db } = deps;
  return {
    async resource(viewer: Viewer | null, id: string): Promise<ResourceRow | null> {
      const orgId = readerOrg(viewer);
      return (isUuid(id) && (await findResource(db, orgId, id))) || null;
    },

    async resources(viewer: Viewer | null, args: { filter?: ResourceFilter | null; first?: number | null; after?: string | null }) {
      const orgId = readerOrg(viewer);
      const limit = pageSize(args.first);
      const cursor = decodeKeyCursor(args.after);
      const filter = args.filter ?? {};
      if (filter.accountId && !isUuid(filter.accountId)) return { rows: [], total: 0, limit };
      const page = await listResources(db, orgId, filter, { limit, after: cursor && { arn: cursor.key, id: cursor.id } });
      return { ...page, limit };
    },
  };
}
export type ResourceService = ReturnType<typeof createResourceService>;
