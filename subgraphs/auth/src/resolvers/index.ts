/** Thin resolvers: arguments -> one domain call -> the domain's result (field names already match the schema). */
import type { Role, SubgraphContext } from '@cspmexa/server-kit';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { AuditSink, OrganizationStore, UserRecord, UserStore } from '../domain/model';
import { assignRole } from '../domain/roles';
import type { SessionService } from '../domain/sessions';
import { findUserInViewerOrg, findViewerUser, listUsers } from '../domain/users';
import { requestInfo } from './context';
import { DateTime } from './date-time';

export interface AuthServices {
  users: UserStore;
  organizations: OrganizationStore;
  sessions: SessionService;
  audit: AuditSink;
}

export function createResolvers(s: AuthServices): GraphQLResolverMap<SubgraphContext> {
  return {
    DateTime,
    Query: {
      me: (_: unknown, __: unknown, ctx: SubgraphContext) => findViewerUser(s.users, ctx.viewer),
      users: (_: unknown, args: { first?: number | null; after?: string | null }, ctx: SubgraphContext) =>
        listUsers(s.users, ctx.viewer, args),
    },
    Mutation: {
      login: (_: unknown, args: { email: string; password: string }, ctx: SubgraphContext) =>
        s.sessions.login(args.email, args.password, requestInfo(ctx)),
      refreshToken: (_: unknown, args: { refreshToken: string }, ctx: SubgraphContext) =>
        s.sessions.refresh(args.refreshToken, requestInfo(ctx)),
      logout: (_: unknown, args: { refreshToken: string }, ctx: SubgraphContext) =>
        s.sessions.logout(args.refreshToken, requestInfo(ctx)),
      assignRole: (_: unknown, args: { userId: string; role: Role }, ctx: SubgraphContext) =>
        assignRole({ users: s.users, audit: s.audit }, ctx.viewer, args, requestInfo(ctx)),
    },
    User: {
      __resolveReference: (ref: { id: string }, ctx: SubgraphContext) => findUserInViewerOrg(s.users, ctx.viewer, ref.id),
      organization: (user: UserRecord) => s.organizations.findById(user.orgId),
    },
  };
}
