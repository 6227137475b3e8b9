/** Internal (gateway only): what the gateway needs to refuse stale access tokens on the next request (J5). */
import { requireService, type Role, type Viewer } from '@cspmexa/server-kit';
import type { UserStore } from './model';

export interface ViewerStatus {
  tokenVersion: number;
  disabled: boolean;
  role: Role;
}

/** Scoped by the service viewer's organization (the org claim of the token being checked); null when unknown. */
export async function viewerStatus(users: UserStore, viewer: Viewer | null, userId: string): Promise<ViewerStatus | null> {
  const service = requireService(viewer);
  const user = await users.findById(service.orgId, userId);
  return user ? { tokenVersion: user.tokenVersion, disabled: user.disabled, role: user.role } : null;
}
