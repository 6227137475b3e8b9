/** Admins disable, enable and invite users. Disabling takes effect on the next request (token version, J5). */
import { AppError, type Role, type Viewer } from '@cspmexa/server-kit';
import { authorizeAdmin, type AccessDeps } from './access';
import { normalizeEmail } from './email';
import type { RequestInfo, UserChangeNotifier, UserRecord } from './model';

export interface InvitationRecord {
  id: string;
  orgId: string;
  userId: string;
  email: string;
  role: Role;
  invitedBy: string;
  acceptedAt: Date | null;
  createdAt: Date;
}

export interface InvitationStore {
  /** Creates the pending user (no password: Google sign-in links to it later) and its invitation, atomically. */
  invite(orgId: string, email: string, role: Role, invitedBy: string): Promise<{ user: UserRecord; invitation: InvitationRecord } | null>;
  list(orgId: string): Promise<InvitationRecord[]>;
}

export interface UserAdminDeps extends AccessDeps {
  invitations: InvitationStore;
  notifyUserChanged: UserChangeNotifier;
}

export async function setUserDisabled(deps: UserAdminDeps, viewer: Viewer | null, userId: string, disabled: boolean, request: RequestInfo): Promise<UserRecord> {
  const admin = await authorizeAdmin(deps, viewer, { identityAdministration: true });
  const changed = await deps.users.withOrgLock(admin.orgId, async (users) => {
    const target = await users.findById(admin.orgId, userId);
    if (!target) throw new AppError('NOT_FOUND', 'No such user.', { field: 'userId' });
    if (target.disabled === disabled) return null;
    // R4: disabling the last active admin would leave nobody able to administer the organization.
    if (disabled && target.role === 'ADMIN' && (await users.countActiveAdmins(admin.orgId)) <= 1) {
      throw new AppError('CONFLICT', 'The last admin cannot be disabled. Make another user an admin first.');
    }
    return users.setDisabled(admin.orgId, target.id, disabled);
  });
  if (!changed) return (await deps.users.findById(admin.orgId, userId))!;
  await deps.notifyUserChanged(admin.orgId, changed.id);
  await deps.audit.record({ action: disabled ? 'user.disabled' : 'user.enabled', orgId: admin.orgId, actorId: admin.id, target: changed.id }, request);
  return changed;
}

export async function inviteUser(deps: UserAdminDeps, viewer: Viewer | null, args: { email: string; role: Role }, request: RequestInfo): Promise<InvitationRecord> {
  const admin = await authorizeAdmin(deps, viewer, { identityAdministration: true });
  const email = normalizeEmail(args.email);
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || email.length > 254) {
    throw new AppError('BAD_USER_INPUT', 'Enter a valid email address.', { field: 'email' });
  }
  const created = await deps.invitations.invite(admin.orgId, email, args.role, admin.id);
  if (!created) throw new AppError('CONFLICT', 'A user with this email already exists.', { field: 'email' });
  await deps.audit.record({ action: 'user.invited', orgId: admin.orgId, actorId: admin.id, target: created.user.id, details: { email, role: args.role } }, request);
  return created.invitation;
}

export async function listInvitations(deps: UserAdminDeps, viewer: Viewer | null): Promise<InvitationRecord[]> {
  const admin = await authorizeAdmin(deps, viewer, { identityAdministration: false });
  return deps.invitations.list(admin.orgId);
}
