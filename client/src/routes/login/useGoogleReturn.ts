import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { apiErrorCode } from '../../apollo/authErrors';
import type { SessionTokens } from '../../apollo/tokenStore';
import { safeReturnTo } from '../../auth/returnTo';
import { ExchangeLoginCodeDocument } from './googleSignIn';
import { googleRefusalMessage, readGoogleReturn } from './googleReturn';
import { sessionFromPayload } from './sessionFromPayload';
import { signInErrorMessage } from './signInErrorMessage';

export interface GoogleReturnHandlers {
  onSession(session: SessionTokens, returnTo: string): void;
  onMfaRequired(mfaToken: string, returnTo: string): void;
  onProblem(message: string): void;
}

/**
 * Finishes a Google sign-in when /login is opened by the callback's redirect: removes the fragment from the URL
 * (the one-time code must not stay in the history), then exchanges the code once for a session or an MFA
 * challenge. Returns true while the exchange runs.
 */
export function useGoogleReturn(handlers: GoogleReturnHandlers): boolean {
  const location = useLocation();
  const navigate = useNavigate();
  const [exchange] = useMutation(ExchangeLoginCodeDocument);
  const [exchanging, setExchanging] = useState(false);
  // The code works once: a second run of the effect (React's development double-invoke) must not spend it again.
  const handled = useRef(false);
  const latest = useRef(handlers);
  latest.current = handlers;

  useEffect(() => {
    if (handled.current) return;
    handled.current = true;
    const outcome = readGoogleReturn(location.hash);
    if (!outcome) return;
    void navigate({ pathname: location.pathname, search: location.search }, { replace: true });
    if ('signInError' in outcome) {
      latest.current.onProblem(googleRefusalMessage(outcome.signInError));
      return;
    }
    const returnTo = safeReturnTo(outcome.returnTo);
    setExchanging(true);
    exchange({ variables: { code: outcome.loginCode } })
      .then(({ data }) => {
        const payload = data?.exchangeLoginCode;
        if (payload?.mfaRequired && payload.mfaToken) return latest.current.onMfaRequired(payload.mfaToken, returnTo);
        const session = payload ? sessionFromPayload(payload) : null;
        if (!session) throw new Error('exchangeLoginCode answered without a session');
        latest.current.onSession(session, returnTo);
      })
      .catch((error: unknown) => {
        latest.current.onProblem(
          apiErrorCode(error) === 'UNAUTHENTICATED' ? 'This sign-in link has expired or was already used. Sign in again.' : signInErrorMessage(error),
        );
      })
      .finally(() => setExchanging(false));
  }, [exchange, location.hash, location.pathname, location.search, navigate]);

  return exchanging;
}
