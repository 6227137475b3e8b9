/** Root fields: each one checks the viewer's org, then calls one domain function. */
import type { SubgraphContext } from '@cspmexa/server-kit';
import type { FindingOrder } from '../db/finding-order';
import type { MuteRuleFilter } from '../domain/mutes';
import { requireOrg } from '../domain/org-scope';
import type { ResolverDeps } from './context';
import { frameworkId, toFilterInput, type ApiFindingFilter, type ApiFramework } from './framework-args';

interface ListArgs {
  filter?: ApiFindingFilter | null;
  orderBy?: Partial<FindingOrder> | null;
  first?: number | null;
  after?: string | null;
}

export function queryResolvers({ reader, listChecks, mutes, compliance, exports }: ResolverDeps) {
  return {
    findings: (_: unknown, args: ListArgs, ctx: SubgraphContext) =>
      reader.list(requireOrg(ctx.viewer), toFilterInput(args.filter), args.first, args.after, args.orderBy),
    finding: (_: unknown, args: { id: string }, ctx: SubgraphContext) => reader.byId(requireOrg(ctx.viewer), args.id),
    findingCounts: (_: unknown, args: { filter?: ApiFindingFilter | null }, ctx: SubgraphContext) =>
      reader.counts(requireOrg(ctx.viewer), toFilterInput(args.filter)),
    findingFacets: (_: unknown, args: { filter?: ApiFindingFilter | null }, ctx: SubgraphContext) =>
      reader.facets(requireOrg(ctx.viewer), toFilterInput(args.filter)),
    alert: (_: unknown, args: { id: string }, ctx: SubgraphContext) => reader.alert(requireOrg(ctx.viewer), args.id),
    checks: (_: unknown, _args: unknown, ctx: SubgraphContext) => {
      requireOrg(ctx.viewer);
      return listChecks();
    },
    muteRules: (_: unknown, args: { filter?: MuteRuleFilter | null; first?: number | null; after?: string | null }, ctx: SubgraphContext) =>
      mutes.list(ctx.viewer, args.filter, args.first, args.after),
    compliance: (_: unknown, args: { framework: ApiFramework; accountId: string }, ctx: SubgraphContext) =>
      compliance.report(requireOrg(ctx.viewer), frameworkId(args.framework), args.accountId),
    postureTrend: (_: unknown, args: { accountId: string; days?: number | null }, ctx: SubgraphContext) =>
      compliance.trend(requireOrg(ctx.viewer), args.accountId, args.days ?? 30),
    findingsExport: (_: unknown, args: { id: string }, ctx: SubgraphContext) => exports.get(requireOrg(ctx.viewer), args.id),
  };
}
