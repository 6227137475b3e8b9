/** The SQL form of `FindingFilter`, always starting from the tenant: no finding query exists without an org id. */
import { and, eq, gte, ilike, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import { findingResources, findings, type FindingStatus, type Severity } from './schema';

export interface FindingFilter {
  severities?: readonly Severity[] | null;
  statuses?: readonly FindingStatus[] | null;
  checkIds?: readonly string[] | null;
  /** Inventory AwsAccount ids or 12-digit AWS account ids (either identifies the account). */
  accountIds?: readonly string[] | null;
  resourceId?: string | null;
  /** Text to find in the resource ARN (case-insensitive substring) or, through `searchCheckIds`, in the check. */
  search?: string | null;
  /**
   * The checks whose title, id or short id contains `search`, resolved by the domain from the catalogue: those
   * columns hold a few dozen distinct values (one per check), so a list of check ids finds their findings through
   * the org/check index, and only the ARN needs the trigram index (each indexed column costs every insert).
   */
  searchCheckIds?: readonly string[] | null;
  services?: readonly string[] | null;
  regions?: readonly string[] | null;
  resourceArn?: string | null;
  /** First seen at or after `from`, strictly before `to`. */
  firstSeen?: { from?: Date | null; to?: Date | null } | null;
  /** Only findings muted by this rule. */
  muteRuleId?: string | null;
  /**
   * The checks of a framework control, resolved by the domain from the catalogue (the GraphQL `control` filter).
   * An empty list matches nothing: no check provides evidence for that control.
   */
  controlCheckIds?: readonly string[] | null;
}

/** The filter dimensions a facet can leave out (each facet is counted with its own dimension excluded). */
export type FacetDimension = 'severities' | 'statuses' | 'services' | 'accountIds' | 'checkIds';

const nonEmpty = <T>(list: readonly T[] | null | undefined): list is readonly T[] => !!list && list.length > 0;

/** `%` and `_` in the user's text are literals, not wildcards. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function findingConditions(orgId: string, filter: FindingFilter = {}): SQL {
  const conditions: (SQL | undefined)[] = [eq(findings.orgId, orgId)];
  if (nonEmpty(filter.severities)) conditions.push(inArray(findings.severity, [...filter.severities]));
  if (nonEmpty(filter.statuses)) conditions.push(inArray(findings.status, [...filter.statuses]));
  if (nonEmpty(filter.checkIds)) conditions.push(inArray(findings.checkId, [...filter.checkIds]));
  if (nonEmpty(filter.accountIds)) {
    const ids = [...filter.accountIds];
    conditions.push(or(inArray(findings.inventoryAccountId, ids), inArray(findings.accountId, ids)));
  }
  if (filter.resourceId) conditions.push(eq(findings.resourceId, filter.resourceId));
  if (nonEmpty(filter.services)) conditions.push(inArray(findings.service, [...filter.services]));
  if (nonEmpty(filter.regions)) conditions.push(inArray(findings.region, [...filter.regions]));
  if (filter.resourceArn) {
    conditions.push(resourceWhere(orgId, eq(findingResources.resourceArn, filter.resourceArn)), eq(findings.resourceArn, filter.resourceArn));
  }
  if (filter.firstSeen?.from) conditions.push(gte(findings.firstSeenAt, filter.firstSeen.from));
  if (filter.firstSeen?.to) conditions.push(lt(findings.firstSeenAt, filter.firstSeen.to));
  if (filter.muteRuleId) conditions.push(eq(findings.muteRuleId, filter.muteRuleId));
  if (filter.controlCheckIds) {
    conditions.push(filter.controlCheckIds.length > 0 ? inArray(findings.checkId, [...filter.controlCheckIds]) : sql`false`);
  }
  const text = filter.search?.trim();
  if (text) {
    const inArn = resourceWhere(orgId, ilike(findingResources.resourceArn, likePattern(text)));
    const checkIds = filter.searchCheckIds ?? [];
    conditions.push(checkIds.length > 0 ? or(inArn, inArray(findings.checkId, [...checkIds])) : inArn);
  }
  return and(...conditions)!;
}

/**
 * Findings about the org's resources that match `condition` (on finding_resources, whose trigram index serves ILIKE
 * and "="). `= any(array(subquery))` rather than `in (subquery)`: the array is computed once and the condition is an
 * index condition on the org/resource index, which can then be one arm of a BitmapOr (the text search ORs it with
 * the matching checks); `in (subquery)` under an OR is a filter run on every row of the org.
 */
function resourceWhere(orgId: string, condition: SQL): SQL {
  return sql`${findings.resourceId} = any(array(select ${findingResources.resourceId} from ${findingResources} where ${findingResources.orgId} = ${orgId} and ${condition}))`;
}
