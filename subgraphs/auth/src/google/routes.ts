/**
 * The browser part of Google sign-in, served under the auth subgraph's `/internal` (behind the gateway's signed
 * assertion) and reached only through the gateway's `/auth/google` and `/auth/google/callback`.
 *
 * GET /google/start?returnTo=/path  -> transaction cookie + 302 to Google (code flow, PKCE S256, state, nonce)
 * GET /google/callback?code&state   -> checks state against the cookie and spends it once, exchanges the code,
 *                                      checks the ID token, picks the user (O2), then 302 to the dashboard with a
 *                                      one-time login code in the fragment. Refusals answer 400/401/403, audited.
 */
import crypto from 'node:crypto';
import type passport from 'passport';
import express, { type Request, type Response, type Router } from 'express';
import type { Logger, RequestMeta } from '@cspmexa/server-kit';
import type { AuditSink, Clock, RequestInfo } from '../domain/model';
import { resolveGoogleAccount, type GoogleAccountDeps } from './accounts';
import { badTransaction, GoogleSignInRefused } from './errors';
import { issueLoginCode } from './login-code';
import type { LoginCodeStore, SpentStateStore, VerifiedGoogleAccount } from './model';
import { refusalPage } from './refusal-page';
import type { GoogleSettings } from './settings';
import { cookieOptions, createGooglePassport, OPENED_TRANSACTION, STRATEGY, type StartOptions } from './strategy';
import { openTransaction, randomToken, safeReturnTo, sameState, TRANSACTION_COOKIE } from './transaction';

export interface GoogleRouteDeps {
  settings: GoogleSettings;
  transactionKey: Buffer;
  clock: Clock;
  audit: AuditSink;
  spentStates: SpentStateStore;
  loginCodes: LoginCodeStore;
  accounts: Omit<GoogleAccountDeps, 'audit' | 'clock'>;
  logger: Logger;
}

function requestInfoOf(res: Response): RequestInfo {
  const meta = res.locals.assertion as RequestMeta | undefined;
  return { requestId: meta?.requestId, ip: meta?.ip, userAgent: meta?.userAgent };
}

function cookieValue(req: Request, name: string): string | undefined {
  for (const part of (req.header('cookie') ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return undefined;
}

const single = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

export function googleRoutes(deps: GoogleRouteDeps): Router {
  const router = express.Router();
  const google = createGooglePassport(deps.settings, deps.transactionKey, deps.clock);
  const accountDeps: GoogleAccountDeps = { ...deps.accounts, audit: deps.audit, clock: deps.clock };

  router.get('/google/start', (req, res, next) => {
    const start: StartOptions = { nonce: randomToken(), returnTo: safeReturnTo(req.query.returnTo, deps.settings.publicUrl) };
    // An object `state` makes passport call our store (which picks the state value); the nonce goes to Google.
    const options = { session: false, state: start, nonce: start.nonce, ...(deps.settings.allowedDomain ? { hd: deps.settings.allowedDomain } : {}) };
    google.authenticate(STRATEGY, options as unknown as passport.AuthenticateOptions)(req, res, next);
  });

  router.get('/google/callback', (req, res) => {
    const request = requestInfoOf(res);
    const refuse = async (err: unknown, account?: VerifiedGoogleAccount) => {
      const refusal = err instanceof GoogleSignInRefused ? err : null;
      if (!refusal) deps.logger.error({ err, requestId: request.requestId }, 'google sign-in failed');
      await deps.audit.record(
        {
          action: 'login.failed',
          orgId: refusal?.orgId ?? null,
          target: account?.email ?? null,
          details: { method: 'google', reason: refusal?.reason ?? 'internal_error', ...(account ? { sub: account.sub } : {}) },
        },
        request,
      );
      const message = refusal?.userMessage ?? 'Sign-in is temporarily unavailable. Try again shortly.';
      res.status(refusal?.httpStatus ?? 500).type('html').send(refusalPage(message, refusal?.code ?? 'INTERNAL', deps.settings.publicUrl));
    };

    const run = async () => {
      // The transaction is single use whatever happens next: the cookie goes now.
      res.clearCookie(TRANSACTION_COOKIE, cookieOptions(deps.settings));
      const code = single(req.query.code);
      const state = single(req.query.state);
      if (single(req.query.error)) throw new GoogleSignInRefused('FORBIDDEN', 'provider_error', 'Google sign-in was cancelled or refused.');
      if (!code || !state) throw badTransaction('missing_state');
      const tx = openTransaction(deps.transactionKey, cookieValue(req, TRANSACTION_COOKIE), deps.clock().getTime());
      if (!tx) throw badTransaction('transaction_expired');
      if (!sameState(tx.state, state)) throw badTransaction('state_mismatch');
      // Spent before the code exchange, so that a replayed callback fails even while the first is in flight.
      const stateHash = crypto.createHash('sha256').update(tx.state).digest('hex');
      if (!(await deps.spentStates.spend(stateHash, new Date(tx.expiresAt)))) throw badTransaction('state_replayed');
      res.locals[OPENED_TRANSACTION] = tx;

      const account = await new Promise<VerifiedGoogleAccount>((resolve, reject) => {
        google.authenticate(STRATEGY, { session: false }, (err: unknown, user: VerifiedGoogleAccount | false) => {
          if (err || !user) reject(err instanceof GoogleSignInRefused ? err : badTransaction('token_exchange_failed'));
          else resolve(user);
        })(req, res, reject);
      });
      try {
        const user = await resolveGoogleAccount(accountDeps, account, request);
        const loginCode = await issueLoginCode({ loginCodes: deps.loginCodes, clock: deps.clock }, user);
        // In the fragment: never sent to a server, never in a Referer or an access log.
        const fragment = new URLSearchParams({ loginCode, returnTo: tx.returnTo });
        res.redirect(302, `${deps.settings.publicUrl}/login#${fragment.toString()}`);
      } catch (err) {
        await refuse(err, account);
      }
    };
    run().catch((err: unknown) => refuse(err).catch(() => res.headersSent || res.status(500).end()));
  });

  return router;
}
