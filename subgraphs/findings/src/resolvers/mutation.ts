/** Mutations: arguments -> one domain call. Authorization (user, ADMIN for deletes) lives in the domain services. */
import type { SubgraphContext } from '@cspmexa/server-kit';
import type { ExportFormat } from '../db/schema';
import type { MuteRuleInput } from '../domain/mute-input';
import type { ResolverDeps } from './context';
import { toFilterInput, type ApiFindingFilter } from './framework-args';

export function mutationResolvers({ mutes, exports }: ResolverDeps) {
  return {
    createMuteRule: (_: unknown, args: { input: MuteRuleInput }, ctx: SubgraphContext) => mutes.create(ctx.viewer, args.input),
    muteFindings: (_: unknown, args: { ids: string[]; reason: string; expiresAt?: Date | null }, ctx: SubgraphContext) =>
      mutes.muteFindings(ctx.viewer, args.ids, args.reason, args.expiresAt),
    deleteMuteRule: (_: unknown, args: { id: string }, ctx: SubgraphContext) => mutes.delete(ctx.viewer, args.id),
    exportFindings: (_: unknown, args: { format: ExportFormat; filter?: ApiFindingFilter | null }, ctx: SubgraphContext) =>
      exports.start(ctx.viewer, args.format, toFilterInput(args.filter)),
  };
}
