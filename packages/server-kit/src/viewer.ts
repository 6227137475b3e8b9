/** Who is calling, as the gateway asserted it, and the guards every subgraph uses on mutations and fields. */
import { AppError } from './errors';

export const roles = ['ADMIN', 'ANALYST'] as const;
export type Role = (typeof roles)[number];

export interface UserViewer {
  kind: 'user';
  userId: string;
  orgId: string;
  role: Role;
  email: string;
  /**
   * True when the session passed a second factor (the access token's `amr` names `mfa`), or for an API token
   * created from such a session. ADMIN-only operations need it: admins must have MFA (M5).
   */
  mfa: boolean;
  /** Set when the caller authenticated with an integrator's API token instead of a sign-in (issue 3). */
  apiToken?: { id: string; scope: ApiTokenScope };
}

/** READ tokens may only query; WRITE tokens act with their owner's role. */
export type ApiTokenScope = 'READ' | 'WRITE';

/** A subgraph calling another one for internal work (e.g. findings reading a scan's inventory). */
export interface ServiceViewer {
  kind: 'service';
  service: string;
  orgId: string;
}

export type Viewer = UserViewer | ServiceViewer;

/**
 * Why a FORBIDDEN answer was given, as `extensions.reason`: stable values the client acts on (e.g. MFA_REQUIRED
 * opens MFA enrolment) and the audit trail records.
 */
export const denialReasons = ['NOT_ADMIN', 'MFA_REQUIRED', 'API_TOKEN_NOT_ALLOWED', 'API_TOKEN_READ_ONLY', 'SERVICE_ONLY'] as const;
export type DenialReason = (typeof denialReasons)[number];

const denialMessages: Record<DenialReason, string> = {
  NOT_ADMIN: 'This action needs the ADMIN role.',
  MFA_REQUIRED: 'Administrators must sign in with multi-factor authentication for this action. Set up MFA, or sign in again with your second factor.',
  API_TOKEN_NOT_ALLOWED: 'API tokens cannot do this; sign in instead.',
  API_TOKEN_READ_ONLY: 'This API token is read-only.',
  SERVICE_ONLY: 'Internal operation.',
};

/** FORBIDDEN with a stable `extensions.reason`. */
export function forbidden(reason: DenialReason, message: string = denialMessages[reason]): AppError {
  const error = new AppError('FORBIDDEN', message);
  (error.extensions as Record<string, unknown>).reason = reason;
  return error;
}

export function requireUser(viewer: Viewer | null | undefined): UserViewer {
  if (!viewer || viewer.kind !== 'user') throw new AppError('UNAUTHENTICATED', 'Sign in to continue.');
  return viewer;
}

/** Why `viewer` may not act with `role`; null when it may. ADMIN needs the role and a session that passed MFA. */
function roleDenial(user: UserViewer, role: Role): DenialReason | null {
  if (role !== 'ADMIN') return null;
  if (user.role !== 'ADMIN') return 'NOT_ADMIN';
  return user.mfa === true ? null : 'MFA_REQUIRED';
}

/**
 * The one role guard of every subgraph (R1, M5). FORBIDDEN answers carry `extensions.reason` and are audited by
 * `serveSubgraph` (L1), so callers only throw.
 */
export function requireRole(viewer: Viewer | null | undefined, role: Role): UserViewer {
  const user = requireUser(viewer);
  const reason = roleDenial(user, role);
  if (reason) throw forbidden(reason);
  return user;
}

/** The decision of `requireRole` without throwing: for fields that are hidden (null) rather than refused (R3). */
export function hasRole(viewer: Viewer | null | undefined, role: Role): boolean {
  return viewer?.kind === 'user' && roleDenial(viewer, role) === null;
}

export function requireService(viewer: Viewer | null | undefined): ServiceViewer {
  if (!viewer || viewer.kind !== 'service') throw forbidden('SERVICE_ONLY');
  return viewer;
}
