/** The SQL form of `FindingFilter`, always starting from the tenant: no finding query exists without an org id. */
import { and, eq, ilike, inArray, or, type SQL } from 'drizzle-orm';
import { findings, type FindingStatus, type Severity } from './schema';

export interface FindingFilter {
  severities?: readonly Severity[] | null;
  statuses?: readonly FindingStatus[] | null;
  checkIds?: readonly string[] | null;
  /** Inventory AwsAccount ids or 12-digit AWS account ids (either identifies the account). */
  accountIds?: readonly string[] | null;
  resourceId?: string | null;
  search?: string | null;
}

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
  const text = filter.search?.trim();
  if (text) {
    const pattern = likePattern(text);
    conditions.push(
      or(ilike(findings.title, pattern), ilike(findings.resourceArn, pattern), ilike(findings.checkId, pattern), ilike(findings.shortId, pattern)),
    );
  }
  return and(...conditions)!;
}
