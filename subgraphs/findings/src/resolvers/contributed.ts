/**
 * Fields this subgraph adds to entities other subgraphs own (Resource, Scan). A reference is accepted as given,
 * since the owner decides whether it exists; what findings adds is read with the viewer's org, so another org's
 * id yields an empty list or null, never its data (R2).
 */
import type { SubgraphContext } from '@cspmexa/server-kit';
import type { FindingStatus } from '../db/schema';
import { requireOrg } from '../domain/org-scope';
import type { ResolverDeps } from './context';

interface Ref {
  id: string;
}

export function resourceResolvers({ reader }: ResolverDeps) {
  return {
    __resolveReference: (ref: Ref, ctx: SubgraphContext) => {
      requireOrg(ctx.viewer);
      return { id: ref.id };
    },
    findings: (r: Ref, args: { status?: FindingStatus[] | null; first?: number | null; after?: string | null }, ctx: SubgraphContext) =>
      reader.list(requireOrg(ctx.viewer), { resourceId: r.id, statuses: args.status }, args.first, args.after),
  };
}

export function scanResolvers({ reader }: ResolverDeps) {
  return {
    __resolveReference: (ref: Ref, ctx: SubgraphContext) => {
      requireOrg(ctx.viewer);
      return { id: ref.id };
    },
    evaluation: (s: Ref, _: unknown, ctx: SubgraphContext) => reader.evaluation(requireOrg(ctx.viewer), s.id),
  };
}
