/** Mutations: arguments -> one domain call. Authorization (user, ADMIN for deletes) lives in the domain services. */
import { audited, type SubgraphContext } from '@cspmexa/server-kit';
import type { ExportFormat } from '../db/schema';
import * as entry from '../domain/audit-entries';
import type { MuteRuleInput } from '../domain/mute-input';
import type { ResolverDeps } from './context';
import { toFilterInput, type ApiFindingFilter } from './framework-args';

export function mutationResolvers({ mutes, exports }: ResolverDeps) {
  return {
    createMuteRule: (_: unknown, args: { input: MuteRuleInput }, ctx: SubgraphContext) => audited(ctx, mutes.create(ctx.viewer, args.input), entry.muteRuleCreated),
    muteFindings: (_: unknown, args: { ids: string[]; reason: string; expiresAt?: Date | null }, ctx: SubgraphContext) =>
      audited(ctx, mutes.muteFindings(ctx.viewer, args.ids, args.reason, args.expiresAt), entry.findingsMuted),
    deleteMuteRule: (_: unknown, args: { id: string }, ctx: SubgraphContext) => audited(ctx, mutes.delete(ctx.viewer, args.id), entry.muteRuleDeleted(args.id)),
    exportFindings: (_: unknown, args: { format: ExportFormat; filter?: ApiFindingFilter | null }, ctx: SubgraphContext) =>
      audited(ctx, exports.start(ctx.viewer, args.format, toFilterInput(args.filter)), entry.findingsExported(args.filter)),
  };
}
