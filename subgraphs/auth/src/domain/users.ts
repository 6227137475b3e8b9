/** Reading users: the signed-in user, and the organization's user list for admins. */
import { AppError, decodeCursor, pageSize, requireRole, toConnection, type Connection, type Viewer } from '@cspmexa/server-kit';
import type { UserRecord, UserStore } from './model';

/** The signed-in user, or null for anonymous and service callers (and for a user deleted since sign-in). */
export async function findViewerUser(users: UserStore, viewer: Viewer | null): Promise<UserRecord | null> {
  if (!viewer || viewer.kind !== 'user') return null;
  return users.findById(viewer.orgId, viewer.userId);
}

/** A user of the caller's organization (entity references from other subgraphs); never another tenant's (R2). */
export async function findUserInViewerOrg(users: UserStore, viewer: Viewer | null, userId: string): Promise<UserRecord | null> {
  if (!viewer) return null;
  return users.findById(viewer.orgId, userId);
}

function afterFromCursor(after: string | null | undefined): { createdAt: Date; id: string } | null {
  const parts = decodeCursor(after);
  if (!parts) return null;
  const [createdAt, id] = parts;
  const date = typeof createdAt === 'string' ? new Date(createdAt) : new Date(NaN);
  if (typeof id !== 'string' || Number.isNaN(date.getTime())) {
    throw new AppError('BAD_USER_INPUT', 'Invalid `after` cursor.', { field: 'after' });
  }
  return { createdAt: date, id };
}

/** ADMIN only: the organization's users, oldest first. */
export async function listUsers(
  users: UserStore,
  viewer: Viewer | null,
  args: { first?: number | null; after?: string | null },
): Promise<Connection<UserRecord>> {
  const admin = requireRole(viewer, 'ADMIN');
  const limit = pageSize(args.first);
  const page = await users.list(admin.orgId, { limit, after: afterFromCursor(args.after) });
  return toConnection(page.rows, limit, page.totalCount, (u) => [u.createdAt.toISOString(), u.id]);
}
