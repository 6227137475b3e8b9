/**
 * oauth2-mock-server on 127.0.0.1 standing in for Google, and a browser-like walk through the sign-in: start at
 * the gateway, follow the provider's redirect, come back to the callback with the transaction cookie.
 */
import crypto from 'node:crypto';
import { OAuth2Server } from 'oauth2-mock-server';

export const CLIENT_ID = 'cspmexa-test-client.apps.googleusercontent.com';

/** Who the provider says signs in next; each test sets it. */
export interface GoogleUser {
  sub: string;
  email: string;
  emailVerified?: boolean;
  hd?: string;
  name?: string;
  /** Mint the ID token for another client (audience check). */
  idTokenAudience?: string;
  /** Answer userinfo for another subject than the ID token. */
  userinfoSub?: string;
  /** Break the ID token's signature: flip a byte, or sign it with a key that is not in the provider's JWKS. */
  idTokenSignature?: 'flipped' | 'foreign-key';
}

/** A key the provider never published: what a forger without Google's key would sign with. */
const forgerKey = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;

/** Re-signs the token (same header, same `kid`, same claims) with the forger's key. */
function forge(token: string): string {
  const [header, payload] = token.split('.') as [string, string];
  return `${header}.${payload}.${crypto.sign('sha256', Buffer.from(`${header}.${payload}`), forgerKey).toString('base64url')}`;
}

function flipSignature(token: string): string {
  const [header, payload, signature] = token.split('.') as [string, string, string];
  const bytes = Buffer.from(signature, 'base64url');
  bytes[0] = bytes[0]! ^ 1;
  return `${header}.${payload}.${bytes.toString('base64url')}`;
}

export async function startGoogleProvider() {
  const server = new OAuth2Server();
  await server.issuer.keys.generate('RS256');
  await server.start(0, '127.0.0.1');
  // It would report `localhost` otherwise; the ID token's `iss` must be the URL configured as GOOGLE_ISSUER.
  const issuer = `http://127.0.0.1:${server.address().port}`;
  server.issuer.url = issuer;
  let next: GoogleUser = { sub: 'nobody', email: 'nobody@example.test' };

  server.service.on('beforeTokenSigning', (token: { payload: Record<string, unknown> }) => {
    // The ID token is the one addressed to our client; the access token has no audience here.
    if (token.payload.aud !== CLIENT_ID) return;
    Object.assign(token.payload, {
      sub: next.sub,
      email: next.email,
      email_verified: next.emailVerified ?? true,
      name: next.name ?? next.email,
      ...(next.hd ? { hd: next.hd } : {}),
      ...(next.idTokenAudience ? { aud: next.idTokenAudience } : {}),
    });
  });
  server.service.on('beforeResponse', (response: { body: Record<string, unknown> }) => {
    const idToken = response.body.id_token;
    if (typeof idToken !== 'string' || !next.idTokenSignature) return;
    response.body.id_token = next.idTokenSignature === 'flipped' ? flipSignature(idToken) : forge(idToken);
  });
  server.service.on('beforeUserinfo', (response: { body: Record<string, unknown> }) => {
    response.body = {
      sub: next.userinfoSub ?? next.sub,
      email: next.email,
      email_verified: next.emailVerified ?? true,
      name: next.name ?? next.email,
      ...(next.hd ? { hd: next.hd } : {}),
    };
  });

  return {
    issuer,
    env: {
      GOOGLE_CLIENT_ID: CLIENT_ID,
      GOOGLE_CLIENT_SECRET: 'test-client-secret',
      GOOGLE_AUTHORIZATION_URL: `${issuer}/authorize`,
      GOOGLE_TOKEN_URL: `${issuer}/token`,
      GOOGLE_USERINFO_URL: `${issuer}/userinfo`,
      GOOGLE_ISSUER: issuer,
      GOOGLE_JWKS_URL: `${issuer}/jwks`,
    },
    signInAs(user: GoogleUser) {
      next = user;
    },
    /** A genuine ID token for our client, as a client could obtain one and replay it elsewhere. */
    idToken: (user: GoogleUser) =>
      server.issuer.buildToken({ scopesOrTransform: (_header, payload) => Object.assign(payload, { aud: CLIENT_ID, sub: user.sub, email: user.email }) }),
    stop: () => server.stop(),
  };
}

export type GoogleProvider = Awaited<ReturnType<typeof startGoogleProvider>>;

export interface BrowserWalk {
  /** Where the gateway sent the browser (the provider's authorization URL). */
  authorizationUrl: URL;
  /** `name=value` of the transaction cookie. */
  cookie: string;
  setCookieHeader: string;
  /** Where the provider sent the browser back (the gateway's callback with code and state). */
  callbackUrl: URL;
}

/** Start and consent, stopping before the callback so tests can tamper with it. */
export async function walkToCallback(gatewayOrigin: string, returnTo?: string): Promise<BrowserWalk> {
  const start = await fetch(`${gatewayOrigin}/auth/google${returnTo === undefined ? '' : `?returnTo=${encodeURIComponent(returnTo)}`}`, { redirect: 'manual' });
  if (start.status !== 302) throw new Error(`start answered ${start.status}: ${await start.text()}`);
  const setCookieHeader = start.headers.getSetCookie()[0] ?? '';
  const authorizationUrl = new URL(start.headers.get('location')!);
  const consent = await fetch(authorizationUrl, { redirect: 'manual' });
  if (consent.status !== 302) throw new Error(`provider answered ${consent.status}`);
  return { authorizationUrl, setCookieHeader, cookie: setCookieHeader.split(';')[0]!, callbackUrl: new URL(consent.headers.get('location')!) };
}

export async function callCallback(url: URL | string, cookie?: string) {
  const res = await fetch(url, { redirect: 'manual', headers: cookie ? { cookie } : {} });
  const location = res.headers.get('location');
  const fragment = location ? new URLSearchParams(new URL(location).hash.slice(1)) : null;
  return { status: res.status, location, loginCode: fragment?.get('loginCode') ?? null, returnTo: fragment?.get('returnTo') ?? null, body: location ? '' : await res.text() };
}

/** The whole browser flow; returns the callback's answer. */
export async function signInWithGoogle(gatewayOrigin: string, returnTo?: string) {
  const walk = await walkToCallback(gatewayOrigin, returnTo);
  return { walk, ...(await callCallback(walk.callbackUrl, walk.cookie)) };
}
