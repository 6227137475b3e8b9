/**
 * The authenticated WebSocket connections and how they end (S2): at the credential's expiry, and as soon as it is
 * revoked (J5: sign-out, disable, demotion, MFA reset, API token revocation). Revocations arrive as
 * `auth.user.changed` through the session checks; a periodic re-check covers a missed event (the bus delivers at
 * most once), so a revoked API token's socket cannot live on for the token's whole lifetime.
 */
import { AppError, type Logger } from '@cspmexa/server-kit';
import type { WebSocket } from 'ws';
import type { SessionChecks } from '../session-checks';
import type { AuthenticatedToken } from '../token-auth';
import type { Subscriber } from './event-stream';

/** The credential is no longer valid: expired or revoked. */
export const CLOSE_TOKEN_EXPIRED = 4403;
export const CLOSE_TOKEN_REVOKED = 4403;
/** Auth could not be asked: the client should reconnect (and authenticate again) a little later. */
export const CLOSE_TRY_AGAIN_LATER = 1013;

/** How often every open socket's credential is checked again, whatever the bus says. */
export const RECHECK_INTERVAL_MS = 60_000;
/** setTimeout's longest delay; later expiries (year-long API tokens) are caught by the periodic re-check. */
const MAX_TIMER_MS = 2 ** 31 - 1;

interface OpenSession {
  subscriber: Subscriber;
  auth: AuthenticatedToken;
  expiryTimer?: NodeJS.Timeout;
}

export interface SocketSessions {
  open(socket: WebSocket, auth: AuthenticatedToken, subscriber: Subscriber): void;
  subscriberOf(socket: WebSocket): Subscriber | undefined;
  closed(socket: WebSocket): void;
  close(): void;
}

export function createSocketSessions(opts: { checks: SessionChecks | undefined; logger: Logger; recheckIntervalMs?: number }): SocketSessions {
  const sessions = new Map<WebSocket, OpenSession>();

  const forget = (socket: WebSocket) => {
    clearTimeout(sessions.get(socket)?.expiryTimer);
    sessions.delete(socket);
  };
  const end = (socket: WebSocket, code: number, reason: string) => {
    forget(socket);
    socket.close(code, reason);
  };

  const recheck = (socket: WebSocket, session: OpenSession) => {
    session.auth.stillValid().then(
      () => undefined,
      (err: unknown) => {
        if (!sessions.has(socket)) return;
        if (err instanceof AppError && err.code === 'UNAUTHENTICATED') return end(socket, CLOSE_TOKEN_REVOKED, 'Token revoked');
        opts.logger.warn({ err, userId: session.subscriber.viewer.userId }, 'socket re-check failed: closing it');
        end(socket, CLOSE_TRY_AGAIN_LATER, 'Try again later');
      },
    );
  };

  const stopListening = opts.checks?.onUserChanged((orgId, userId) => {
    for (const [socket, session] of sessions) {
      const { viewer } = session.subscriber;
      if (viewer.orgId === orgId && viewer.userId === userId) recheck(socket, session);
    }
  });
  const interval = opts.checks ? setInterval(() => sessions.forEach((s, socket) => recheck(socket, s)), opts.recheckIntervalMs ?? RECHECK_INTERVAL_MS) : undefined;
  interval?.unref();

  return {
    open(socket, auth, subscriber) {
      const delay = Math.max(0, auth.expiresAt * 1000 - Date.now());
      const expiryTimer = delay <= MAX_TIMER_MS ? setTimeout(() => end(socket, CLOSE_TOKEN_EXPIRED, 'Token expired'), delay) : undefined;
      sessions.set(socket, { subscriber, auth, expiryTimer });
    },
    subscriberOf: (socket) => sessions.get(socket)?.subscriber,
    closed: forget,
    close() {
      stopListening?.();
      clearInterval(interval);
      for (const session of sessions.values()) clearTimeout(session.expiryTimer);
      sessions.clear();
    },
  };
}
