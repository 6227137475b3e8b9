/** Resource change history: `Resource.history`, `resourceChanges` and the `ResourceChange` fields. */
import { toConnection, type SubgraphContext } from '@cspmexa/server-kit';
import type { ResourceChangeRow, ResourceRow } from '../db/schema';
import type { ResourceChangeFilterInput } from '../domain/resource-history';
import type { InventoryServices } from './services';

interface PageArgs {
  first?: number | null;
  after?: string | null;
}

const cursorOf = (c: ResourceChangeRow) => [c.changedAt.toISOString(), c.id];

export function historyResolvers(s: InventoryServices) {
  return {
    Query: {
      resourceChanges: async (_: unknown, args: PageArgs & { filter?: ResourceChangeFilterInput | null }, ctx: SubgraphContext) => {
        const page = await s.history.changes(ctx.viewer, args.filter, args.first, args.after);
        return toConnection(page.rows, page.limit, page.total, cursorOf);
      },
    },
    Resource: {
      history: async (r: ResourceRow, args: PageArgs, ctx: SubgraphContext) => {
        const page = await s.history.history(ctx.viewer, r.id, args.first, args.after);
        return toConnection(page.rows, page.limit, page.total, cursorOf);
      },
    },
    ResourceChange: {
      resource: (c: ResourceChangeRow, _: unknown, ctx: SubgraphContext) => s.resources.resource(ctx.viewer, c.resourceId),
      scan: (c: ResourceChangeRow, _: unknown, ctx: SubgraphContext) => s.scans.scan(ctx.viewer, c.scanId),
      changes: (c: ResourceChangeRow) => c.diff.map((d) => ({ ...d, before: d.before ?? null, after: d.after ?? null })),
    },
  };
}
