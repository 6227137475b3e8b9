import { AppError, type Viewer } from '@cspmexa/server-kit';

/** The org whose data the caller may read: a signed-in user's or the calling service's (R2). */
export function readerOrg(viewer: Viewer | null): string {
  if (!viewer) throw new AppError('UNAUTHENTICATED', 'Sign in to continue.');
  return viewer.orgId;
}
