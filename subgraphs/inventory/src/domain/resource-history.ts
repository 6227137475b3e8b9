/** Reading what changed: one resource's history, or changes across the organization's inventory. */
import { AppError, pageSize, type Viewer } from '@cspmexa/server-kit';
import { listResourceChanges, type ResourceChangeFilter } from '../db/resource-changes';
import { resourceChangeTypes, type ResourceChangeType } from '../db/schema';
import type { InventoryDeps } from './deps';
import { decodeTimeCursor, isUuid } from './ids';
import { readerOrg } from './viewer-org';

export interface ResourceChangeFilterInput {
  accountId?: string | null;
  kind?: string | null;
  region?: string | null;
  changeTypes?: ResourceChangeType[] | null;
  scanId?: string | null;
  since?: Date | null;
  until?: Date | null;
}

const EMPTY = { rows: [], total: 0 };

/** GraphQL nulls become absent fields; an id that cannot exist makes the list empty rather than an error. */
function toFilter(input: ResourceChangeFilterInput): ResourceChangeFilter | null {
  if ((input.accountId && !isUuid(input.accountId)) || (input.scanId && !isUuid(input.scanId))) return null;
  if (input.changeTypes?.some((t) => !resourceChangeTypes.includes(t))) throw new AppError('BAD_USER_INPUT', 'Unknown change type.', { field: 'changeTypes' });
  if (input.since && input.until && input.since >= input.until) throw new AppError('BAD_USER_INPUT', '`since` must be before `until`.', { field: 'since' });
  return {
    ...(input.accountId ? { accountId: input.accountId } : {}),
    ...(input.kind ? { kind: input.kind } : {}),
    ...(input.region ? { region: input.region } : {}),
    ...(input.changeTypes?.length ? { changeTypes: input.changeTypes } : {}),
    ...(input.scanId ? { scanId: input.scanId } : {}),
    ...(input.since ? { since: input.since } : {}),
    ...(input.until ? { until: input.until } : {}),
  };
}

export function createResourceHistoryService(deps: Pick<InventoryDeps, 'db'>) {
  const { db } = deps;
  async function list(viewer: Viewer | null, filter: ResourceChangeFilter | null, first?: number | null, after?: string | null) {
    const orgId = readerOrg(viewer);
    const limit = pageSize(first);
    const cursor = decodeTimeCursor(after);
    if (!filter) return { ...EMPTY, limit };
    const page = await listResourceChanges(db, orgId, filter, { limit, after: cursor && { at: cursor.at, id: cursor.id } });
    return { ...page, limit };
  }
  return {
    /** The history of a resource the caller already resolved in its org. */
    history: (viewer: Viewer | null, resourceId: string, first?: number | null, after?: string | null) =>
      list(viewer, { resourceId }, first, after),
    changes: (viewer: Viewer | null, input: ResourceChangeFilterInput | null | undefined, first?: number | null, after?: string | null) =>
      list(viewer, toFilter(input ?? {}), first, after),
  };
}
export type ResourceHistoryService = ReturnType<typeof createResourceHistoryService>;
