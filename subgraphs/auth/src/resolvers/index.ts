/** Thin resolvers: arguments -> one domain call -> the domain's result (field names mostly match the schema). */
import type { ApiTokenScope, Role, SubgraphContext } from '@cspmexa/server-kit';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { GraphQLResolveInfo } from 'graphql';
import { authenticateApiToken, createApiToken, listApiTokens, revokeApiToken } from '../domain/api-tokens/api-tokens';
import type { ApiTokenRecord } from '../domain/api-tokens/model';
import type { AuditEntry, AuditFilter } from '../domain/audit/model';
import { recordReportedDenials, type ReportedDenial } from '../domain/audit/denials';
import { listAuditActions, listAuditEvents, verifyAuditChain } from '../domain/audit/queries';
import { recordReportedActions, type ReportedAuditEvent } from '../domain/audit/reported-actions';
import { verifyMfa } from '../domain/mfa/challenge';
import { confirmMfa, disableMfa, enrolMfa, resetMfa } from '../domain/mfa/enrolment';
import type { UserRecord } from '../domain/model';
import { amrOf } from '../domain/sessions';
import { assignRole } from '../domain/roles';
import { inviteUser, listInvitations, setUserDisabled, type InvitationRecord } from '../domain/user-admin';
import { findUserInViewerOrg, findViewerUser, listUsers } from '../domain/users';
import { viewerStatus } from '../domain/viewer-status';
import { exchangeLoginCode } from '../google/login-code';
import type { AuthServices } from '../services';
import { checkOneAttempt } from './attempts-in-request';
import { requestInfo } from './context';
import { DateTime } from './date-time';
import { JSONScalar } from './json';

type Ctx = SubgraphContext;
type Info = GraphQLResolveInfo;

export function createResolvers(s: AuthServices): GraphQLResolverMap<SubgraphContext> {
  return {
    DateTime,
    JSON: JSONScalar,
    Query: {
      me: (_: unknown, __: unknown, ctx: Ctx) => findViewerUser(s.users, ctx.viewer),
      users: (_: unknown, args: { first?: number | null; after?: string | null }, ctx: Ctx) => listUsers(s.users, ctx.viewer, args),
      auditEvents: (_: unknown, args: { filter?: AuditFilter | null; first?: number | null; after?: string | null }, ctx: Ctx) =>
        listAuditEvents(s, ctx.viewer, args),
      verifyAuditChain: (_: unknown, __: unknown, ctx: Ctx) => verifyAuditChain(s, ctx.viewer),
      auditActions: (_: unknown, __: unknown, ctx: Ctx) => listAuditActions(s, ctx.viewer),
      apiTokens: (_: unknown, __: unknown, ctx: Ctx) => listApiTokens(s, ctx.viewer),
      invitations: (_: unknown, __: unknown, ctx: Ctx) => listInvitations(s, ctx.viewer),
      viewerStatus: (_: unknown, args: { userId: string }, ctx: Ctx) => viewerStatus(s.users, ctx.viewer, args.userId),
      apiTokenPrincipal: (_: unknown, args: { tokenHash: string }, ctx: Ctx) => authenticateApiToken(s, ctx.viewer, args.tokenHash),
      authProviders: () => s.authProviders,
    },
    Mutation: {
      login: async (_: unknown, args: { email: string; password: string }, ctx: Ctx, info: Info) => {
        await checkOneAttempt(s, ctx, info);
        return s.sessions.login(args.email, args.password, requestInfo(ctx));
      },
      refreshToken: (_: unknown, args: { refreshToken: string }, ctx: Ctx) => s.sessions.refresh(args.refreshToken, requestInfo(ctx)),
      logout: (_: unknown, args: { refreshToken: string }, ctx: Ctx) => s.sessions.logout(args.refreshToken, requestInfo(ctx)),
      exchangeLoginCode: (_: unknown, args: { code: string }, ctx: Ctx) =>
        exchangeLoginCode(
          { ...s, mfaEnrolled: (u) => s.mfaEnrolled(u.orgId, u.id), startSession: (u) => s.startSession(u, amrOf.google) },
          args.code,
          requestInfo(ctx),
        ),
      assignRole: (_: unknown, args: { userId: string; role: Role }, ctx: Ctx) => assignRole(s, ctx.viewer, args, requestInfo(ctx)),
      verifyMfa: async (_: unknown, args: { mfaToken: string; code?: string | null; recoveryCode?: string | null }, ctx: Ctx, info: Info) => {
        await checkOneAttempt(s, ctx, info);
        return verifyMfa(s, args, requestInfo(ctx));
      },
      enrolMfa: (_: unknown, __: unknown, ctx: Ctx) => enrolMfa(s, ctx.viewer, requestInfo(ctx)),
      confirmMfa: async (_: unknown, args: { code: string }, ctx: Ctx, info: Info) => {
        await checkOneAttempt(s, ctx, info);
        return confirmMfa(s, ctx.viewer, args.code, requestInfo(ctx));
      },
      disableMfa: async (_: unknown, args: { password: string }, ctx: Ctx, info: Info) => {
        await checkOneAttempt(s, ctx, info);
        return disableMfa(s, ctx.viewer, args.password, requestInfo(ctx));
      },
      resetMfa: (_: unknown, args: { userId: string }, ctx: Ctx) => resetMfa(s, ctx.viewer, args.userId, requestInfo(ctx)),
      disableUser: (_: unknown, args: { userId: string }, ctx: Ctx) => setUserDisabled(s, ctx.viewer, args.userId, true, requestInfo(ctx)),
      enableUser: (_: unknown, args: { userId: string }, ctx: Ctx) => setUserDisabled(s, ctx.viewer, args.userId, false, requestInfo(ctx)),
      inviteUser: (_: unknown, args: { email: string; role: Role }, ctx: Ctx) => inviteUser(s, ctx.viewer, args, requestInfo(ctx)),
      createApiToken: (_: unknown, args: { input: { name: string; scopes: ApiTokenScope[]; expiresAt: Date } }, ctx: Ctx) =>
        createApiToken(s, ctx.viewer, args.input, requestInfo(ctx)),
      revokeApiToken: (_: unknown, args: { id: string }, ctx: Ctx) => revokeApiToken(s, ctx.viewer, args.id, requestInfo(ctx)),
      recordAuthorizationDenials: (_: unknown, args: { denials: ReportedDenial[] }, ctx: Ctx) =>
        recordReportedDenials(s.audit, ctx.viewer, args.denials, requestInfo(ctx)),
      recordAuditEvents: (_: unknown, args: { events: ReportedAuditEvent[] }, ctx: Ctx) =>
        recordReportedActions(s.audit, ctx.viewer, args.events, requestInfo(ctx)),
    },
    User: {
      __resolveReference: (ref: { id: string }, ctx: Ctx) => findUserInViewerOrg(s.users, ctx.viewer, ref.id),
      organization: (user: UserRecord) => s.organizations.findById(user.orgId),
      mfaEnrolled: (user: UserRecord) => s.mfaEnrolled(user.orgId, user.id),
      mfaRequiredToEnrol: async (user: UserRecord) => user.role === 'ADMIN' && !(await s.mfaEnrolled(user.orgId, user.id)),
    },
    AuditEvent: {
      sequence: (e: AuditEntry) => e.seq,
      actorId: (e: AuditEntry) => e.actor,
    },
    ApiToken: {
      scopes: (t: ApiTokenRecord) => (t.scope === 'WRITE' ? ['READ', 'WRITE'] : ['READ']),
    },
    Invitation: {
      user: (i: InvitationRecord) => s.users.findById(i.orgId, i.userId),
    },
  };
}
