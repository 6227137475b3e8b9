/** Role changes, with the rule that an organization always keeps at least one active admin (R4). */
import { AppError, requireUser, type Role, type Viewer } from '@cspmexa/server-kit';
import type { AuditSink, RequestInfo, UserRecord, UserStore } from './model';

export async function assignRole(
  deps: { users: UserStore; audit: AuditSink },
  viewer: Viewer | null,
  args: { userId: string; role: Role },
  request: RequestInfo,
): Promise<UserRecord> {
  const claimed = requireUser(viewer);
  const deny = async () => {
    await deps.audit.record({ action: 'authorization.denied', orgId: claimed.orgId, actorId: claimed.userId, operation: 'assignRole' }, request);
    return new AppError('FORBIDDEN', 'This action needs the ADMIN role.');
  };
  if (claimed.role !== 'ADMIN') throw await deny();
  return deps.users.withOrgLock(claimed.orgId, async (users) => {
    // The token's role may be stale (demoted or disabled since it was issued): trust the database (J5).
    const actor = await users.findById(claimed.orgId, claimed.userId);
    if (!actor || actor.disabled || actor.role !== 'ADMIN') throw await deny();
    const target = await users.findById(claimed.orgId, args.userId);
    if (!target) throw new AppError('NOT_FOUND', 'No such user.', { field: 'userId' });
    if (target.role === args.role) return target;

    const losesActiveAdmin = target.role === 'ADMIN' && !target.disabled;
    if (losesActiveAdmin && (await users.countActiveAdmins(claimed.orgId)) <= 1) {
      throw new AppError('CONFLICT', 'The last admin cannot be demoted. Make another user an admin first.');
    }
    const updated = await users.setRole(claimed.orgId, target.id, args.role);
    if (!updated) throw new AppError('NOT_FOUND', 'No such user.', { field: 'userId' });
    await deps.audit.record(
      { action: 'role.changed', orgId: claimed.orgId, actorId: actor.id, userId: target.id, from: target.role, to: args.role },
      request,
    );
    return updated;
  });
}
