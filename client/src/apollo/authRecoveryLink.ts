import { ErrorLink } from '@apollo/client/link/error';
import { Observable } from 'rxjs';
import { isUnauthenticated } from './authErrors';
import type { SessionRefresher } from './sessionRefresher';

/** Operations that authenticate by themselves: their UNAUTHENTICATED means "wrong credentials", not "expired". */
const SELF_AUTHENTICATING_OPERATIONS = new Set(['SignIn', 'RefreshSession']);

interface AuthRecoveryDeps {
  refresher: SessionRefresher;
  /** Called when the session cannot be recovered: clear state and send the user to sign-in. */
  onSessionExpired: () => void;
}

/**
 * On UNAUTHENTICATED, refresh the session once and replay the operation; if the refresh fails (or the replay is
 * rejected again) the session is over. Must sit before the link that adds the Authorization header, so the
 * replay carries the new access token.
 */
export function createAuthRecoveryLink({ refresher, onSessionExpired }: AuthRecoveryDeps): ErrorLink {
  return new ErrorLink(({ error, operation, forward }) => {
    if (!isUnauthenticated(error) || SELF_AUTHENTICATING_OPERATIONS.has(operation.operationName ?? '')) return;
    return new Observable((observer) => {
      let replay: { unsubscribe(): void } | undefined;
      let cancelled = false;
      refresher.refresh().then(
        (outcome) => {
          if (cancelled) return;
          if (outcome !== 'refreshed') {
            if (outcome === 'rejected') onSessionExpired();
            observer.error(error);
            return;
          }
          // The replay's response does not pass through this handler again (forward goes downstream), so a
          // second rejection is caught here: the fresh token was refused, the session is over - no retry loop.
          replay = forward(operation).subscribe({
            next: (result) => {
              if (result.errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) onSessionExpired();
              observer.next(result);
            },
            error: (replayError: unknown) => {
              if (isUnauthenticated(replayError)) onSessionExpired();
              observer.error(replayError);
            },
            complete: () => observer.complete(),
          });
        },
        (refreshError: unknown) => observer.error(refreshError),
      );
      return () => {
        cancelled = true;
        replay?.unsubscribe();
      };
    });
  });
}
