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

export function requireUser(viewer: Viewer | null | undefined): UserViewer {
  if (!viewer || viewer.kind !== 'user') throw new AppError('UNAUTHENTICATED', 'Sign in to continue.');
  return viewer;
}

export function requireRole(viewer: Viewer | null | undefined, role: Role): UserViewer {
  const user = requireUser(viewer);
  if (role === 'ADMIN' && user.role !== 'ADMIN') {
    throw new AppError('FORBIDDEN', 'This action needs the ADMIN role.');
  }
  return user;
}

export function requireService(viewer: Viewer | null | undefined): ServiceViewer {
  if (!viewer || viewer.kind !== 'service') throw new AppError('FORBIDDEN', 'Internal operation.');
  return viewer;
}
