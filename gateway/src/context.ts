/** What the gateway knows about one request: who (from the verified access token) and where from. */
import type { RequestMeta, UserViewer } from '@cspmexa/server-kit';

export interface GatewayContext extends RequestMeta {
  /** Null for anonymous calls (login); subgraphs other than auth refuse those. */
  viewer: UserViewer | null;
}
