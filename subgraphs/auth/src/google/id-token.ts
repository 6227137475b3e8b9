/**
 * Verifies the ID token that came with the authorization code: its signature against Google's published keys
 * (JWKS, fetched and cached by jose; RS256 only), and its claims: our client as audience (an ID token minted for
 * another client is refused), Google as issuer, not expired, our nonce (O1), and a subject that the userinfo answer
 * must match (OIDC Core 3.1.3.7, 5.3.2). Keys come only from the configured JWKS URL: `jku`/`jwk`/`x5u` headers
 * are never followed.
 */
import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { untrustedAnswer, type RefusalReason } from './errors';

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

/** Google's signing keys; jose refetches them when a token names an unknown `kid` (key rotation). */
export type IdTokenKeys = JWTVerifyGetKey;

export function remoteIdTokenKeys(jwksUrl: string): IdTokenKeys {
  return createRemoteJWKSet(new URL(jwksUrl), { timeoutDuration: 5_000 });
}

/** Clock skew tolerated on `exp`. */
const SKEW_SECONDS = 60;

/** Why jose refused the token, as an audit reason. */
function refusalReason(err: unknown): RefusalReason {
  if (err instanceof errors.JWTClaimValidationFailed) {
    if (err.claim === 'aud') return 'wrong_audience';
    if (err.claim === 'iss') return 'wrong_issuer';
    return 'id_token_invalid';
  }
  if (err instanceof errors.JWTExpired) return 'id_token_expired';
  if (
    err instanceof errors.JWSSignatureVerificationFailed ||
    err instanceof errors.JWKSNoMatchingKey ||
    err instanceof errors.JWKSMultipleMatchingKeys ||
    err instanceof errors.JOSEAlgNotAllowed
  ) {
    return 'id_token_bad_signature';
  }
  if (err instanceof errors.JWSInvalid || err instanceof errors.JWTInvalid || err instanceof errors.JOSENotSupported) return 'id_token_invalid';
  // Anything else comes from fetching the keys (timeout, unreachable, not a JWKS): nothing could be verified.
  return 'id_token_keys_unavailable';
}

export async function verifyIdToken(idToken: unknown, keys: IdTokenKeys, expected: IdTokenExpectations): Promise<IdTokenClaims> {
  if (typeof idToken !== 'string') throw untrustedAnswer('id_token_invalid');
  let claims: Record<string, unknown>;
  try {
    ({ payload: claims } = await jwtVerify(idToken, keys, {
      algorithms: ['RS256'],
      issuer: expected.issuers,
      audience: expected.clientId,
      clockTolerance: SKEW_SECONDS,
      currentDate: new Date(expected.now * 1000),
      requiredClaims: ['exp', 'sub'],
    }));
  } catch (err) {
    throw untrustedAnswer(refusalReason(err));
  }
  // With several audiences the authorized party must be us (OIDC Core 3.1.3.7 (4, 5)).
  if (Array.isArray(claims.aud) && claims.aud.length > 1 && claims.azp !== expected.clientId) throw untrustedAnswer('wrong_audience');
  if (typeof claims.nonce !== 'string' || claims.nonce !== expected.nonce) throw untrustedAnswer('nonce_mismatch');
  if (typeof claims.sub !== 'string' || claims.sub === '') throw untrustedAnswer('id_token_invalid');
  return claims as unknown as IdTokenClaims;
}

/** Google sends `email_verified` as a boolean in ID tokens and has sent the string "true" in older answers. */
export function isTrue(value: unknown): boolean {
  return value === true || value === 'true';
}
