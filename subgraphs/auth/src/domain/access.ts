/**
 * Authorization of admin operations inside the auth subgraph (R1). The shared guard (`requireRole`: the ADMIN
 * role and a session that passed MFA, M5) decides first; the token's claims may be stale, so the actor is then
 * re-read from the database (J5). Refusals are FORBIDDEN with `extensions.reason`; `serveSubgraph` audits them as
 * `authorization.denied` (L1), like in every other subgraph.
 *
 * Identity administration (roles, users, invitations, MFA resets) additionally needs a signed-in person, not an
 * integrator's API token.
 */
import { AppError, forbidden, requireRole, requireUser, type Viewer } from '@cspmexa/server-kit';
import type { AuditSink, UserRecord, UserStore } from './model';

export interface AccessDeps {
  users: UserStore;
  audit: AuditSink;
}

/** The current admin behind the viewer; FORBIDDEN otherwise. */
export async function authorizeAdmin(deps: Pick<AccessDeps, 'users'>, viewer: Viewer | null, opts: { identityAdministration: boolean }): Promise<UserRecord> {
  const claimed = requireRole(viewer, 'ADMIN');
  const actor = await deps.users.findById(claimed.orgId, claimed.userId);
  if (!actor || actor.disabled || actor.role !== 'ADMIN') throw forbidden('NOT_ADMIN');
  if (opts.identityAdministration && claimed.apiToken) throw forbidden('API_TOKEN_NOT_ALLOWED', 'API tokens cannot administer identities; sign in instead.');
  return actor;
}

/** A signed-in person (not an API token) acting on their own account: MFA enrolment, API token management. */
export async function authorizeSelf(deps: Pick<AccessDeps, 'users'>, viewer: Viewer | null): Promise<UserRecord> {
  const claimed = requireUser(viewer);
  if (claimed.apiToken) throw forbidden('API_TOKEN_NOT_ALLOWED');
  const user = await deps.users.findById(claimed.orgId, claimed.userId);
  if (!user || user.disabled) throw new AppError('UNAUTHENTICATED', 'Sign in to continue.');
  return user;
}
