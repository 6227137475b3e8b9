/** Thin resolvers: arguments -> domain call -> result. Authorization and validation live in the domain layer. */
import { audited, type SubgraphContext } from '@cspmexa/server-kit';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import * as entry from '../domain/audit-entries';
import type { EmailDeliveries } from '../domain/email-deliveries';
import type { NotificationRules } from '../domain/notification-rules';
import type { CreateRuleInput } from '../domain/rule-input';
import { DateTime } from './date-time';

interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export function createResolvers(domain: { rules: NotificationRules; deliveries: EmailDeliveries }): GraphQLResolverMap<SubgraphContext> {
  return {
    DateTime,
    Query: {
      notificationRules: (_: unknown, args: PageArgs, ctx: SubgraphContext) => domain.rules.list(ctx.viewer, args),
      emailDeliveries: (_: unknown, args: PageArgs, ctx: SubgraphContext) => domain.deliveries.list(ctx.viewer, args),
    },
    Mutation: {
      createNotificationRule: (_: unknown, args: { input: CreateRuleInput }, ctx: SubgraphContext) =>
        audited(ctx, domain.rules.create(ctx.viewer, args.input, ctx.logger), entry.ruleCreated),
      deleteNotificationRule: (_: unknown, args: { id: string }, ctx: SubgraphContext) =>
        audited(ctx, domain.rules.delete(ctx.viewer, args.id, ctx.logger), entry.ruleDeleted(args.id)),
    },
  } as GraphQLResolverMap<SubgraphContext>;
}
