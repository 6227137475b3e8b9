/** Root fields: each one checks the viewer's org, then calls one domain function. */
import type { SubgraphContext } from '@cspmexa/server-kit';
import type { FindingFilter } from '../db/finding-filter';
import { requireOrg } from '../domain/org-scope';
import type { ResolverDeps } from './context';

interface ListArgs {
  filter?: FindingFilter | null;
  first?: number | null;
  after?: string | null;
}

export function queryResolvers({ reader, listChecks }: ResolverDeps) {
  return {
    findings: (_: unknown, args: ListArgs, ctx: SubgraphContext) => reader.list(requireOrg(ctx.viewer), args.filter, args.first, args.after),
    finding: (_: unknown, args: { id: string }, ctx: SubgraphContext) => reader.byId(requireOrg(ctx.viewer), args.id),
    findingCounts: (_: unknown, args: { filter?: FindingFilter | null }, ctx: SubgraphContext) => reader.counts(requireOrg(ctx.viewer), args.filter),
    alert: (_: unknown, args: { id: string }, ctx: SubgraphContext) => reader.alert(requireOrg(ctx.viewer), args.id),
    checks: (_: unknown, _args: unknown, ctx: SubgraphContext) => {
      requireOrg(ctx.viewer);
      return listChecks();
    },
  };
}
