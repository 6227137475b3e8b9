/**
 * Every entry point of this subgraph reads one org's data, so each starts here: a user or a service acting for an
 * org. A viewer without an org id is refused rather than allowed to match rows with an empty org (R2).
 */
import { AppError, type Viewer } from '@cspmexa/server-kit';

export function requireOrg(viewer: Viewer | null | undefined): string {
  if (!viewer || (viewer.kind !== 'user' && viewer.kind !== 'service')) throw new AppError('UNAUTHENTICATED', 'Sign in to continue.');
  if (typeof viewer.orgId !== 'string' || viewer.orgId.trim() === '') {
    throw new AppError('UNAUTHENTICATED', 'Your session is not attached to an organization.');
  }
  return viewer.orgId;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids of this subgraph are uuids; anything else cannot exist, and must not reach SQL as a malformed uuid. */
export function isUuid(id: string): boolean {
  return UUID.test(id);
}
