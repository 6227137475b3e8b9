/**
 * The read side of the findings API: input checks (page size, cursors, ids, filter bounds) and the mapping of rows
 * to connections. Authorization is the org id every method takes, which the data layer applies to every query.
 */
import { pageSize, toConnection, type Connection, type Database } from '@cspmexa/server-kit';
import type { FacetDimension } from '../db/finding-filter';
import {
  alertById,
  countFindings,
  countFindingsBySeverity,
  eventsOfFindings,
  facetCounts,
  findingsByIds,
  listFindings,
  mutedCountsByRule,
  scanEvaluation,
  type FacetCount,
  type SeverityCounts,
} from '../db/finding-queries';
import { cursorOf, type FindingOrder } from '../db/finding-order';
import { muteRulesByIds } from '../db/mute-store';
import type { FindingEventRow, FindingRow, MuteRuleRow, ScanEvaluationRow } from '../db/schema';
import { checkFilter, checkOrder, positionOf, type FindingFilterInput } from './list-input';
import { isUuid } from './org-scope';

export type FindingFacets = Record<'severity' | 'status' | 'service' | 'account' | 'check', FacetCount[]>;
const FACETS: readonly [keyof FindingFacets, FacetDimension][] = [
  ['severity', 'severities'],
  ['status', 'statuses'],
  ['service', 'services'],
  ['account', 'accountIds'],
  ['check', 'checkIds'],
];

export interface AlertView {
  event: FindingEventRow;
  kind: 'OPENED' | 'REOPENED';
  finding: FindingRow;
}

export function createFindingsReader(db: Database) {
  return {
    async list(
      orgId: string,
      filter: FindingFilterInput | null | undefined,
      first?: number | null,
      afterCursor?: string | null,
      orderBy?: Partial<FindingOrder> | null,
    ): Promise<Connection<FindingRow>> {
      const f = checkFilter(filter);
      const limit = pageSize(first);
      const order = checkOrder(orderBy);
      const [rows, total] = await Promise.all([
        listFindings(db, orgId, f, { limit, order, after: positionOf(order, afterCursor) }),
        countFindings(db, orgId, f),
      ]);
      return toConnection(rows, limit, total, (r) => cursorOf(order, r));
    },

    counts(orgId: string, filter: FindingFilterInput | null | undefined): Promise<SeverityCounts> {
      return countFindingsBySeverity(db, orgId, checkFilter(filter));
    },

    /** Five GROUP BY queries, each with its own dimension removed from the filter. */
    async facets(orgId: string, filter: FindingFilterInput | null | undefined): Promise<FindingFacets> {
      const f = checkFilter(filter);
      const counted = await Promise.all(FACETS.map(([, dimension]) => facetCounts(db, orgId, f, dimension)));
      return Object.fromEntries(FACETS.map(([name], i) => [name, counted[i]!])) as FindingFacets;
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
      return { event, kind: event.alertKind ?? (event.toStatus === 'OPEN' ? 'OPENED' : 'REOPENED'), finding };
    },

    async mutedCount(orgId: string, ruleId: string): Promise<number> {
      return (await mutedCountsByRule(db, orgId, [ruleId])).get(ruleId) ?? 0;
    },

    async muteRule(orgId: string, id: string): Promise<MuteRuleRow | null> {
      const [rule] = await muteRulesByIds(db, orgId, [id]);
      return rule ?? null;
    },

    evaluation(orgId: string, scanId: string): Promise<ScanEvaluationRow | null> {
      return scanEvaluation(db, orgId, scanId);
    },
  };
}

export type FindingsReader = ReturnType<typeof createFindingsReader>;
