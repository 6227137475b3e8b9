/**
 * passport-google-oauth20 set up for the authorization code flow with PKCE S256 and an exact redirect URI (O1).
 * passport generates the PKCE verifier and calls our state store: `store` seals state, nonce, verifier and
 * returnTo into the transaction cookie; `verify` hands the verifier back from the transaction the callback route
 * has already opened and checked. The verify callback verifies the ID token (signature against the JWKS, claims)
 * and agrees it with userinfo.
 */
import passport from 'passport';
import { Strategy as GoogleStrategy, type Profile } from 'passport-google-oauth20';
import type { Request, Response } from 'express';
import { isTrue, remoteIdTokenKeys, verifyIdToken } from './id-token';
import type { VerifiedGoogleAccount } from './model';
import type { GoogleSettings } from './settings';
import { randomToken, sealTransaction, TRANSACTION_COOKIE, TRANSACTION_TTL_MS, type GoogleTransaction } from './transaction';
import { untrustedAnswer } from './errors';

export const STRATEGY = 'google';

/** What the start route passes to passport; passport hands it to the state store as `state`. */
export interface StartOptions {
  nonce: string;
  returnTo: string;
}

/** res.locals key under which the callback route leaves the opened, checked transaction. */
export const OPENED_TRANSACTION = 'googleTransaction';

type StoreCallback = (err: Error | null, state?: string) => void;
type VerifyStateCallback = (err: Error | null, ok: string | false, info?: unknown) => void;

/** Google's strategy plus the OpenID `nonce` parameter, which passport-google-oauth20 does not send by itself. */
class GoogleOpenIdStrategy extends GoogleStrategy {
  override authorizationParams(options: { nonce?: string; hd?: string }): object {
    return { ...super.authorizationParams(options), ...(options.nonce ? { nonce: options.nonce } : {}) };
  }
}

export function cookieOptions(settings: GoogleSettings) {
  return { httpOnly: true, sameSite: 'lax' as const, secure: settings.secureCookies, path: '/auth/google' };
}

export function createGooglePassport(settings: GoogleSettings, key: Buffer, clock: () => Date): passport.PassportStatic {
  const idTokenKeys = remoteIdTokenKeys(settings.jwksUrl);
  const stateStore = {
    // Arity 5 tells passport-oauth2 to pass the PKCE verifier.
    store(req: Request, verifier: string, start: StartOptions, _meta: unknown, done: StoreCallback) {
      const tx: GoogleTransaction = {
        state: randomToken(),
        nonce: start.nonce,
        codeVerifier: verifier,
        returnTo: start.returnTo,
        expiresAt: clock().getTime() + TRANSACTION_TTL_MS,
      };
      (req.res as Response).cookie(TRANSACTION_COOKIE, sealTransaction(key, tx), { ...cookieOptions(settings), maxAge: TRANSACTION_TTL_MS });
      done(null, tx.state);
    },
    // The callback route compared the state before passport runs; here only the verifier is handed back.
    verify(req: Request, _state: string, _meta: unknown, done: VerifyStateCallback) {
      const tx = (req.res as Response).locals[OPENED_TRANSACTION] as GoogleTransaction | undefined;
      done(null, tx ? tx.codeVerifier : false);
    },
  };

  const strategy = new GoogleOpenIdStrategy(
    {
      clientID: settings.clientId,
      clientSecret: settings.clientSecret,
      authorizationURL: settings.authorizationUrl,
      tokenURL: settings.tokenUrl,
      // Ending in /userinfo makes passport parse the OpenID profile (id = sub).
      userProfileURL: settings.userinfoUrl,
      callbackURL: settings.redirectUri,
      scope: ['openid', 'email', 'profile'],
      pkce: true,
      state: true,
      store: stateStore as never,
      passReqToCallback: true,
    },
    (req: Request, _accessToken: string, _refreshToken: string, params: { id_token?: unknown }, profile: Profile, done: (err: Error | null, user?: VerifiedGoogleAccount) => void) => {
      const tx = (req.res as Response).locals[OPENED_TRANSACTION] as GoogleTransaction;
      const expected = { clientId: settings.clientId, issuers: settings.issuers, nonce: tx.nonce, now: Math.floor(clock().getTime() / 1000) };
      verifyIdToken(params.id_token, idTokenKeys, expected)
        .then((claims) => {
          const info = (profile._json ?? {}) as Record<string, unknown>;
          // userinfo must describe the same account as the ID token (OIDC Core 5.3.2).
          if (profile.id !== claims.sub) throw untrustedAnswer('subject_mismatch');
          const email = String(claims.email ?? info.email ?? '');
          const hostedDomain = claims.hd ?? (typeof info.hd === 'string' ? info.hd : undefined);
          return {
            sub: claims.sub,
            email,
            emailVerified: email !== '' && isTrue(claims.email_verified ?? info.email_verified),
            hostedDomain: hostedDomain ?? null,
            displayName: String(claims.name ?? profile.displayName ?? email).slice(0, 200) || email,
          };
        })
        .then(
          (account) => done(null, account),
          (err: unknown) => done(err as Error),
        );
    },
  );

  const instance = new passport.Passport();
  instance.use(STRATEGY, strategy);
  return instance as unknown as passport.PassportStatic;
}
