/** Role changes, with the rule that an organization always keeps at least one active admin (R4). */
import { AppError, forbidden, requireUser, type Role, type Viewer } from '@cspmexa/server-kit';
import { authorizeAdmin, type AccessDeps } from './access';
import type { RequestInfo, UserChangeNotifier, UserRecord } from './model';

type LockedOutcome = { kind: 'denied' } | { kind: 'unchanged'; user: UserRecord } | { kind: 'changed'; user: UserRecord; from: Role };

export async function assignRole(
  deps: AccessDeps & { notifyUserChanged: UserChangeNotifier },
  viewer: Viewer | null,
  args: { userId: string; role: Role },
  request: RequestInfo,
): Promise<UserRecord> {
  await authorizeAdmin(deps, viewer, { identityAdministration: true });
  const claimed = requireUser(viewer);
  // Nothing is audited while the lock is held: the audit append is a transaction of its own (and on PGlite, with
  // a single connection, it would wait for this one forever).
  const outcome = await deps.users.withOrgLock(claimed.orgId, async (users): Promise<LockedOutcome> => {
    // Checked again under the lock: a concurrent demotion of the actor must win or lose as a whole (R4, J5).
    const actor = await users.findById(claimed.orgId, claimed.userId);
    if (!actor || actor.disabled || actor.role !== 'ADMIN') return { kind: 'denied' };
    const target = await users.findById(claimed.orgId, args.userId);
    if (!target) throw new AppError('NOT_FOUND', 'No such user.', { field: 'userId' });
    if (target.role === args.role) return { kind: 'unchanged', user: target };

    const losesActiveAdmin = target.role === 'ADMIN' && !target.disabled;
    if (losesActiveAdmin && (await users.countActiveAdmins(claimed.orgId)) <= 1) {
      throw new AppError('CONFLICT', 'The last admin cannot be demoted. Make another user an admin first.');
    }
    const updated = await users.setRole(claimed.orgId, target.id, args.role);
    if (!updated) throw new AppError('NOT_FOUND', 'No such user.', { field: 'userId' });
    return { kind: 'changed', user: updated, from: target.role };
  });
  if (outcome.kind === 'denied') throw forbidden('NOT_ADMIN');
  if (outcome.kind === 'unchanged') return outcome.user;
  await deps.audit.record(
    { action: 'role.changed', orgId: claimed.orgId, actorId: claimed.userId, target: outcome.user.id, details: { from: outcome.from, to: args.role } },
    request,
  );
  await deps.notifyUserChanged(outcome.user.orgId, outcome.user.id);
  return outcome.user;
}
