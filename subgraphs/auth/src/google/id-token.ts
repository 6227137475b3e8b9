/**
 * Checks the ID token that came with the authorization code. It arrives straight from Google's token endpoint
 * over TLS, which OpenID Connect Core 3.1.3.7 (6) accepts in place of a signature check; its claims still have to
 * hold: our client as audience (an ID token minted for another client is refused), Google as issuer, not expired,
 * our nonce (O1), and the same `sub` as the userinfo answer (OIDC Core 5.3.2).
 */
import { untrustedAnswer } from './errors';

export interface IdTokenClaims {
  sub: string;
  email?: string;
  email_verified?: boolean | string;
  hd?: string;
  name?: string;
}

export interface IdTokenExpectations {
  clientId: string;
  issuers: string[];
  nonce: string;
  /** Epoch seconds. */
  now: number;
}

/** Clock skew tolerated on `exp`. */
const SKEW_SECONDS = 60;

function decodePayload(idToken: string): Record<string, unknown> {
  const [, payload] = idToken.split('.');
  if (!payload) throw untrustedAnswer('id_token_invalid');
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    if (!claims || typeof claims !== 'object') throw new Error('not an object');
    return claims as Record<string, unknown>;
  } catch {
    throw untrustedAnswer('id_token_invalid');
  }
}

export function checkIdToken(idToken: unknown, expected: IdTokenExpectations): IdTokenClaims {
  if (typeof idToken !== 'string') throw untrustedAnswer('id_token_invalid');
  const claims = decodePayload(idToken);
  const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (!audiences.includes(expected.clientId)) throw untrustedAnswer('wrong_audience');
  // With several audiences the authorized party must be us (OIDC Core 3.1.3.7 (4, 5)).
  if (audiences.length > 1 && claims.azp !== expected.clientId) throw untrustedAnswer('wrong_audience');
  if (typeof claims.iss !== 'string' || !expected.issuers.includes(claims.iss)) throw untrustedAnswer('wrong_issuer');
  if (typeof claims.exp !== 'number' || claims.exp + SKEW_SECONDS <= expected.now) throw untrustedAnswer('id_token_invalid');
  if (typeof claims.nonce !== 'string' || claims.nonce !== expected.nonce) throw untrustedAnswer('nonce_mismatch');
  if (typeof claims.sub !== 'string' || claims.sub === '') throw untrustedAnswer('id_token_invalid');
  return claims as unknown as IdTokenClaims;
}

/** Google sends `email_verified` as a boolean in ID tokens and has sent the string "true" in older answers. */
export function isTrue(value: unknown): boolean {
  return value === true || value === 'true';
}
