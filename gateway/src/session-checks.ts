/**
 * What the gateway asks the auth subgraph about a bearer token, beyond its signature (J5, API tokens):
 * - an access token is refused once its user is disabled or its `ver` is older than the user's token version
 *   (sign-out, role change, MFA reset bump it);
 * - an API token (`cspx_...`) is exchanged for the viewer it acts as.
 * Answers are cached for at most 5 s and dropped at once on `auth.user.changed`, so a revocation takes effect on
 * the next request of this replica and within seconds on the others (Redis bus). Listeners (the WebSocket server)
 * hear of the change after the cache is dropped, so that asking again gets a fresh answer.
 */
import crypto from 'node:crypto';
import { AppError, callSubgraph, type EventBus, type ServiceViewer, type UserViewer } from '@cspmexa/server-kit';
import { createTtlCache } from './ttl-cache';

export const CACHE_TTL_MS = 5_000;

interface ViewerStatus {
  tokenVersion: number;
  disabled: boolean;
}

interface ApiTokenPrincipal {
  tokenId: string;
  orgId: string;
  userId: string;
  email: string;
  role: UserViewer['role'];
  scope: 'READ' | 'WRITE';
  mfa: boolean;
  /** ISO date-time. */
  expiresAt: string;
}

export interface ApiTokenSession {
  viewer: UserViewer;
  /** Epoch seconds. */
  expiresAt: number;
}

export type UserChangeListener = (orgId: string, userId: string) => void;

export interface SessionChecks {
  /** Throws UNAUTHENTICATED when the token's user is gone, disabled, or the token predates a revocation. */
  checkAccessToken(viewer: UserViewer, tokenVersion: number): Promise<void>;
  /** The viewer an API token acts as; throws UNAUTHENTICATED for an unknown, revoked or expired token. */
  authenticateApiToken(token: string): Promise<ApiTokenSession>;
  /** Called with each `auth.user.changed`, after the cached answers about that user are dropped. */
  onUserChanged(listener: UserChangeListener): () => void;
  close(): Promise<void>;
}

const revoked = () => new AppError('UNAUTHENTICATED', 'The access token is invalid or expired.');

export async function createSessionChecks(opts: { authUrl: string; internalSecret: string; bus: EventBus; ttlMs?: number }): Promise<SessionChecks> {
  const ttl = opts.ttlMs ?? CACHE_TTL_MS;
  const statuses = createTtlCache<ViewerStatus | null>(ttl);
  const principals = createTtlCache<ApiTokenPrincipal>(ttl);
  const listeners = new Set<UserChangeListener>();
  const unsubscribe = await opts.bus.subscribe('auth.user.changed', ({ orgId, userId }) => {
    statuses.deleteWhere((key) => key === `${orgId}:${userId}`);
    principals.deleteWhere((_key, p) => p.orgId === orgId && p.userId === userId);
    for (const listener of listeners) listener(orgId, userId);
  });
  const ask = <T>(query: string, variables: Record<string, unknown>, orgId: string) => {
    const viewer: ServiceViewer = { kind: 'service', service: 'gateway', orgId };
    return callSubgraph<T>(opts.authUrl, query, variables, { viewer, internalSecret: opts.internalSecret, signal: AbortSignal.timeout(5_000) });
  };

  return {
    async checkAccessToken(viewer, tokenVersion) {
      const key = `${viewer.orgId}:${viewer.userId}`;
      let status = statuses.get(key);
      if (status === undefined) {
        const data = await ask<{ viewerStatus: ViewerStatus | null }>(
          'query($u: ID!) { viewerStatus(userId: $u) { tokenVersion disabled } }',
          { u: viewer.userId },
          viewer.orgId,
        );
        status = data.viewerStatus;
        statuses.set(key, status);
      }
      if (!status || status.disabled || tokenVersion < status.tokenVersion) throw revoked();
    },

    async authenticateApiToken(token) {
      const tokenHash = crypto.createHash('sha256').update(token, 'utf8').digest('hex');
      let principal = principals.get(tokenHash);
      if (!principal) {
        // The organization is not known before the lookup: auth finds the token by its globally unique hash.
        const data = await ask<{ apiTokenPrincipal: ApiTokenPrincipal | null }>(
          'query($h: String!) { apiTokenPrincipal(tokenHash: $h) { tokenId orgId userId email role scope mfa expiresAt } }',
          { h: tokenHash },
          '',
        );
        if (!data.apiTokenPrincipal) throw revoked();
        principal = data.apiTokenPrincipal;
        principals.set(tokenHash, principal);
      }
      const expiresAt = Math.floor(new Date(principal.expiresAt).getTime() / 1000);
      // A cached answer must not outlive the token.
      if (expiresAt * 1000 <= Date.now()) throw revoked();
      return {
        viewer: {
          kind: 'user',
          userId: principal.userId,
          orgId: principal.orgId,
          role: principal.role,
          email: principal.email,
          mfa: principal.mfa,
          apiToken: { id: principal.tokenId, scope: principal.scope },
        },
        expiresAt,
      };
    },

    onUserChanged(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },

    close: unsubscribe,
  };
}

/** True when the supergraph's auth subgraph serves the internal lookups (a test stand-in may not). */
export function supergraphServesSessionChecks(supergraphSdl: string): boolean {
  return /\bviewerStatus\s*\(/.test(supergraphSdl) && /\bapiTokenPrincipal\s*\(/.test(supergraphSdl);
}
