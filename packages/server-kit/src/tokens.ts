/**
 * User access tokens (ES256, short-lived) and the gateway's internal assertion (HS256 over a secret shared only by
 * the gateway and the subgraphs). Verification pins the algorithm, issuer, audience and token type (J1-J4).
 */
import crypto from 'node:crypto';
import jwt from 'jsonwebtoken';
import { AppError } from './errors';
import type { Secrets } from './secrets';
import type { Role, Viewer } from './viewer';

export interface AccessClaims {
  sub: string;
  org: string;
  role: Role;
  email: string;
  /** The user's token version: bumped on sign-out, disable and role change (J5). */
  ver: number;
  /**
   * Authentication methods of the session (RFC 8176 `amr`): `pwd` password, `fed` Google, `otp` a TOTP code,
   * `mfa` a second factor was verified. Admin-only operations need `mfa` (M5).
   */
  amr: string[];
}

/** The `amr` value that marks a session which passed a second factor. */
export const MFA_AMR = 'mfa';

export function sessionPassedMfa(claims: Pick<AccessClaims, 'amr'>): boolean {
  return claims.amr.includes(MFA_AMR);
}

export interface TokenSettings {
  issuer: string;
  audience: string;
  ttlSeconds: number;
}

const CLOCK_SKEW_SECONDS = 30;

export function signAccessToken(claims: AccessClaims, secrets: Secrets, s: TokenSettings): string {
  return jwt.sign({ ...claims, typ: 'access' }, secrets.jwt.privateKey, {
    algorithm: 'ES256',
    keyid: secrets.jwt.kid,
    issuer: s.issuer,
    audience: s.audience,
    expiresIn: s.ttlSeconds,
    jwtid: crypto.randomUUID(),
  });
}

export function verifyAccessToken(token: string, secrets: Secrets, s: Omit<TokenSettings, 'ttlSeconds'>): AccessClaims {
  const unauthenticated = () => new AppError('UNAUTHENTICATED', 'The access token is invalid or expired.');
  const decoded = jwt.decode(token, { complete: true });
  if (!decoded || typeof decoded.payload === 'string') throw unauthenticated();
  // Keys come from configuration only: jku/x5u/jwk headers are never followed, an unknown kid is refused (J4).
  const key = decoded.header.kid ? secrets.jwt.publicKeys.get(decoded.header.kid) : undefined;
  if (!key) throw unauthenticated();
  let payload: jwt.JwtPayload;
  try {
    payload = jwt.verify(token, key, {
      algorithms: ['ES256'],
      issuer: s.issuer,
      audience: s.audience,
      clockTolerance: CLOCK_SKEW_SECONDS,
    }) as jwt.JwtPayload;
  } catch {
    throw unauthenticated();
  }
  // Only access tokens authorize: refresh, MFA-pending and foreign tokens carry another typ (J3).
  // jsonwebtoken accepts a token without exp: an access token must expire (J2).
  if (payload.typ !== 'access' || typeof payload.exp !== 'number' || typeof payload.sub !== 'string' || typeof payload.org !== 'string') {
    throw unauthenticated();
  }
  if (payload.role !== 'ADMIN' && payload.role !== 'ANALYST') throw unauthenticated();
  return {
    sub: payload.sub,
    org: payload.org,
    role: payload.role,
    email: String(payload.email ?? ''),
    ver: Number(payload.ver ?? 0),
    // A token without `amr` (issued before it existed) counts as a session without a second factor.
    amr: Array.isArray(payload.amr) ? payload.amr.filter((m): m is string => typeof m === 'string') : [],
  };
}

/**
 * The MFA-pending token (M5): proves the password step of one sign-in for 5 minutes and can do nothing but complete
 * the second factor. Its own `typ` and audience keep it from ever passing as an access token (J3). It carries the
 * user's token version (a sign-out everywhere, disable or MFA reset after it was issued voids it) and a `jti` the
 * auth subgraph spends once.
 */
export interface MfaPendingClaims {
  sub: string;
  org: string;
  /** The user's token version when the password step succeeded. */
  ver: number;
}

export interface VerifiedMfaPendingClaims extends MfaPendingClaims {
  jti: string;
  /** Expiry, epoch seconds. */
  exp: number;
}

export const MFA_PENDING_TTL_SECONDS = 300;
const mfaAudience = (audience: string) => `${audience}:mfa`;

export function signMfaPendingToken(claims: MfaPendingClaims, secrets: Secrets, s: Omit<TokenSettings, 'ttlSeconds'>): string {
  return jwt.sign({ sub: claims.sub, org: claims.org, ver: claims.ver, typ: 'mfa_pending' }, secrets.jwt.privateKey, {
    algorithm: 'ES256',
    keyid: secrets.jwt.kid,
    issuer: s.issuer,
    audience: mfaAudience(s.audience),
    expiresIn: MFA_PENDING_TTL_SECONDS,
    jwtid: crypto.randomUUID(),
  });
}

export function verifyMfaPendingToken(token: string, secrets: Secrets, s: Omit<TokenSettings, 'ttlSeconds'>): VerifiedMfaPendingClaims {
  const invalid = () => new AppError('UNAUTHENTICATED', 'The sign-in has expired. Sign in again.');
  const decoded = jwt.decode(token, { complete: true });
  if (!decoded || typeof decoded.payload === 'string') throw invalid();
  const key = decoded.header.kid ? secrets.jwt.publicKeys.get(decoded.header.kid) : undefined;
  if (!key) throw invalid();
  let payload: jwt.JwtPayload;
  try {
    payload = jwt.verify(token, key, {
      algorithms: ['ES256'],
      issuer: s.issuer,
      audience: mfaAudience(s.audience),
      clockTolerance: CLOCK_SKEW_SECONDS,
    }) as jwt.JwtPayload;
  } catch {
    throw invalid();
  }
  if (
    payload.typ !== 'mfa_pending' ||
    typeof payload.exp !== 'number' ||
    typeof payload.sub !== 'string' ||
    typeof payload.org !== 'string' ||
    typeof payload.ver !== 'number' ||
    typeof payload.jti !== 'string'
  ) {
    throw invalid();
  }
  return { sub: payload.sub, org: payload.org, ver: payload.ver, jti: payload.jti, exp: payload.exp };
}

export const ASSERTION_HEADER = 'x-cspmexa-assertion';
const ASSERTION_AUDIENCE = 'cspmexa-subgraph';
const ASSERTION_TTL_SECONDS = 60;

/** Signs who is calling for one hop from the gateway (or a service) to a subgraph (J6). */
export interface RequestMeta {
  requestId: string;
  ip?: string;
  userAgent?: string;
}

export function signAssertion(viewer: Viewer | null, meta: RequestMeta, secret: string): string {
  return jwt.sign({ viewer, rid: meta.requestId, ip: meta.ip, ua: meta.userAgent }, secret, {
    algorithm: 'HS256',
    audience: ASSERTION_AUDIENCE,
    issuer: 'cspmexa',
    expiresIn: ASSERTION_TTL_SECONDS,
  });
}

export function verifyAssertion(token: string, secret: string): { viewer: Viewer | null } & RequestMeta {
  try {
    const p = jwt.verify(token, secret, {
      algorithms: ['HS256'],
      audience: ASSERTION_AUDIENCE,
      issuer: 'cspmexa',
      clockTolerance: CLOCK_SKEW_SECONDS,
    }) as jwt.JwtPayload;
    return {
      viewer: (p.viewer ?? null) as Viewer | null,
      requestId: String(p.rid ?? ''),
      ip: typeof p.ip === 'string' ? p.ip : undefined,
      userAgent: typeof p.ua === 'string' ? p.ua : undefined,
    };
  } catch {
    throw new AppError('UNAUTHENTICATED', 'Missing or invalid gateway assertion.');
  }
}
