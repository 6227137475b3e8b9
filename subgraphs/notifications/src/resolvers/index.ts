/** Thin resolvers: arguments -> domain call -> result. Authorization and validation live in the domain layer. */
import type { SubgraphContext } from '@cspmexa/server-kit';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
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
        domain.rules.create(ctx.viewer, args.input, ctx.logger),
      deleteNotificationRule: (_: unknown, args: { id: string }, ctx: SubgraphContext) => domain.rules.delete(ctx.viewer, args.id, ctx.logger),
    },
  } as GraphQLResolverMap<SubgraphContext>;
}
