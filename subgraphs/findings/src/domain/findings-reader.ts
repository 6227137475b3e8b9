/**
 * The read side of the findings API: input checks (page size, cursors, ids, filter bounds) and the mapping of rows
 * to connections. Authorization is the org id every method takes, which the data layer applies to every query.
 */
import { AppError, decodeCursor, pageSize, toConnection, type Connection, type Database } from '@cspmexa/server-kit';
import type { FindingFilter } from '../db/finding-filter';
import {
  alertById,
  countFindings,
  countFindingsBySeverity,
  eventsOfFindings,
  findingsByIds,
  listFindings,
  scanEvaluation,
  type FindingPosition,
  type SeverityCounts,
} from '../db/finding-queries';
import { severityEnum, type FindingEventRow, type FindingRow, type ScanEvaluationRow, type Severity } from '../db/schema';
import { isUuid } from './org-scope';

const MAX_SEARCH_LENGTH = 200;
const MAX_FILTER_VALUES = 100;

export interface AlertView {
  event: FindingEventRow;
  kind: 'OPENED' | 'REOPENED';
  finding: FindingRow;
}

export function createFindingsReader(db: Database) {
  return {
    async list(orgId: string, filter: FindingFilter | null | undefined, first?: number | null, afterCursor?: string | null): Promise<Connection<FindingRow>> {
      const f = checkFilter(filter);
      const limit = pageSize(first);
      const [rows, total] = await Promise.all([
        listFindings(db, orgId, f, { limit, after: positionOf(afterCursor) }),
        countFindings(db, orgId, f),
      ]);
      return toConnection(rows, limit, total, (r) => [r.severity, r.lastSeenAt.toISOString(), r.id]);
    },

    counts(orgId: string, filter: FindingFilter | null | undefined): Promise<SeverityCounts> {
      return countFindingsBySeverity(db, orgId, checkFilter(filter));
    },

    async byId(orgId: string, id: string): Promise<FindingRow | null> {
      if (!isUuid(id)) return null;
      const [row] = await findingsByIds(db, orgId, [id]);
      return row ?? null;
    },

    history(orgId: string, findingId: string): Promise<FindingEventRow[]> {
      return eventsOfFindings(db, orgId, [findingId]);
    },

    async alert(orgId: string, id: string): Promise<AlertView | null> {
      if (!isUuid(id)) return null;
      const event = await alertById(db, orgId, id);
      if (!event) return null;
      const [finding] = await findingsByIds(db, orgId, [event.findingId]);
      if (!finding) return null;
      return { event, kind: event.toStatus === 'OPEN' ? 'OPENED' : 'REOPENED', finding };
    },

    evaluation(orgId: string, scanId: string): Promise<ScanEvaluationRow | null> {
      return scanEvaluation(db, orgId, scanId);
    },
  };
}

export type FindingsReader = ReturnType<typeof createFindingsReader>;

function checkFilter(filter: FindingFilter | null | undefined): FindingFilter {
  const f = filter ?? {};
  for (const [field, list] of Object.entries({ severities: f.severities, statuses: f.statuses, checkIds: f.checkIds, accountIds: f.accountIds })) {
    if (list && list.length > MAX_FILTER_VALUES) {
      throw new AppError('BAD_USER_INPUT', `\`${field}\` accepts at most ${MAX_FILTER_VALUES} values.`, { field });
    }
  }
  if (f.search && f.search.length > MAX_SEARCH_LENGTH) {
    throw new AppError('BAD_USER_INPUT', `\`search\` must be at most ${MAX_SEARCH_LENGTH} characters.`, { field: 'search' });
  }
  return f;
}

/** A cursor is [severity, lastSeenAt ISO, id]; anything else was not issued by us. */
function positionOf(cursor: string | null | undefined): FindingPosition | null {
  const parts = decodeCursor(cursor);
  if (!parts) return null;
  const [severity, lastSeenAt, id] = parts;
  const at = typeof lastSeenAt === 'string' ? new Date(lastSeenAt) : undefined;
  const valid =
    parts.length === 3 &&
    (severityEnum.enumValues as readonly unknown[]).includes(severity) &&
    at !== undefined &&
    !Number.isNaN(at.getTime()) &&
    typeof id === 'string' &&
    isUuid(id);
  if (!valid) throw new AppError('BAD_USER_INPUT', 'Invalid `after` cursor.', { field: 'after' });
  return { severity: severity as Severity, lastSeenAt: at, id };
}
