/** Fields of `Finding` and `Alert` (the types this subgraph owns), and their entity lookups. */
import { AppError, type SubgraphContext } from '@cspmexa/server-kit';
import type { FindingRow } from '../db/schema';
import type { AlertView } from '../domain/findings-reader';
import { requireOrg } from '../domain/org-scope';
import type { ResolverDeps } from './context';
import { controlRefs } from './framework-args';

export function findingResolvers({ reader, findCheck }: ResolverDeps) {
  return {
    __resolveReference: (ref: { id: string }, ctx: SubgraphContext) => reader.byId(requireOrg(ctx.viewer), ref.id),
    // References only: the inventory subgraph resolves them (and applies its own org scoping).
    resource: (f: FindingRow) => ({ __typename: 'Resource', id: f.resourceId }),
    account: (f: FindingRow) => ({ __typename: 'AwsAccount', id: f.inventoryAccountId }),
    remediation: (f: FindingRow) => findCheck(f.checkId)?.remediation ?? null,
    description: (f: FindingRow) => findCheck(f.checkId)?.description ?? null,
    risk: (f: FindingRow) => findCheck(f.checkId)?.risk ?? null,
    references: (f: FindingRow) => findCheck(f.checkId)?.references ?? [],
    compliance: (f: FindingRow) => controlRefs(findCheck(f.checkId)?.controls ?? []),
    muteRule: (f: FindingRow, _: unknown, ctx: SubgraphContext) => (f.muteRuleId ? reader.muteRule(requireOrg(ctx.viewer), f.muteRuleId) : null),
    history: (f: FindingRow, _: unknown, ctx: SubgraphContext) => reader.history(requireOrg(ctx.viewer), f.id),
  };
}

export function alertResolvers({ reader }: ResolverDeps) {
  return {
    __resolveReference: (ref: { id: string }, ctx: SubgraphContext) => reader.alert(requireOrg(ctx.viewer), ref.id),
    id: (a: AlertView) => a.event.id,
    kind: (a: AlertView) => a.kind,
    // As raised; alerts from before the column was added read their finding's.
    severity: (a: AlertView) => a.event.severity ?? a.finding.severity,
    raisedAt: (a: AlertView) => a.event.at,
    finding: (a: AlertView) => {
      if (!a.finding) throw new AppError('NOT_FOUND', 'The finding of this alert no longer exists.');
      return a.finding;
    },
  };
}
