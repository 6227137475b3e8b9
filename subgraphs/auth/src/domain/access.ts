/**
 * Authorization of admin operations inside the auth subgraph (R1). The token's claims may be stale, so the actor is
 * re-read from the database (J5); every refusal is audited as `authorization.denied` (L1).
 *
 * Identity administration (roles, users, invitations, MFA resets, audit verification) additionally needs the
 * admin to have MFA (M5) and a signed-in person, not an integrator's API token.
 */
import { AppError, requireUser, type Viewer } from '@cspmexa/server-kit';
import type { AuditSink, RequestInfo, UserRecord, UserStore } from './model';

export interface AccessDeps {
  users: UserStore;
  audit: AuditSink;
  mfaEnrolled(orgId: string, userId: string): Promise<boolean>;
}

export type DenialReason = 'NOT_ADMIN' | 'MFA_ENROLMENT_REQUIRED' | 'API_TOKEN_NOT_ALLOWED';

const messages: Record<DenialReason, string> = {
  NOT_ADMIN: 'This action needs the ADMIN role.',
  MFA_ENROLMENT_REQUIRED: 'Enrol multi-factor authentication before administering users.',
  API_TOKEN_NOT_ALLOWED: 'API tokens cannot administer identities; sign in instead.',
};

/** FORBIDDEN with a stable `extensions.reason` the client can act on (e.g. open MFA enrolment). */
export function forbidden(reason: DenialReason): AppError {
  const error = new AppError('FORBIDDEN', messages[reason]);
  (error.extensions as Record<string, unknown>).reason = reason;
  return error;
}

export async function denyAndAudit(deps: Pick<AccessDeps, 'audit'>, viewer: { orgId: string; userId: string }, operation: string, reason: DenialReason, request: RequestInfo): Promise<AppError> {
  await deps.audit.record({ action: 'authorization.denied', orgId: viewer.orgId, actorId: viewer.userId, details: { operation, reason } }, request);
  return forbidden(reason);
}

/** The current admin behind the viewer; FORBIDDEN (audited) otherwise. */
export async function authorizeAdmin(
  deps: AccessDeps,
  viewer: Viewer | null,
  operation: string,
  request: RequestInfo,
  opts: { identityAdministration: boolean },
): Promise<UserRecord> {
  const claimed = requireUser(viewer);
  const actor = claimed.role === 'ADMIN' ? await deps.users.findById(claimed.orgId, claimed.userId) : null;
  if (!actor || actor.disabled || actor.role !== 'ADMIN') throw await denyAndAudit(deps, claimed, operation, 'NOT_ADMIN', request);
  if (!opts.identityAdministration) return actor;
  if (claimed.apiToken) throw await denyAndAudit(deps, claimed, operation, 'API_TOKEN_NOT_ALLOWED', request);
  if (!(await deps.mfaEnrolled(actor.orgId, actor.id))) throw await denyAndAudit(deps, claimed, operation, 'MFA_ENROLMENT_REQUIRED', request);
  return actor;
}

/** A signed-in person (not an API token) acting on their own account: MFA enrolment, API token management. */
export async function authorizeSelf(deps: Pick<AccessDeps, 'users' | 'audit'>, viewer: Viewer | null, operation: string, request: RequestInfo): Promise<UserRecord> {
  const claimed = requireUser(viewer);
  if (claimed.apiToken) throw await denyAndAudit(deps, claimed, operation, 'API_TOKEN_NOT_ALLOWED', request);
  const user = await deps.users.findById(claimed.orgId, claimed.userId);
  if (!user || user.disabled) throw new AppError('UNAUTHENTICATED', 'Sign in to continue.');
  return user;
}
