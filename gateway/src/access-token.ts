/**
 * Turns an `Authorization` value into the viewer the gateway asserts to subgraphs. Same rules for HTTP and for
 * the WebSocket `connection_init` payload (J1-J4): ES256 only, pinned iss/aud, exp with bounded skew, typ access,
 * known kid. An absent token is anonymous; a present but bad one is an error, never anonymous.
 */
import { AppError, sessionPassedMfa, verifyAccessToken, type AppConfig, type Secrets, type UserViewer } from '@cspmexa/server-kit';

export interface VerifiedViewer {
  viewer: UserViewer;
  /** Token expiry, epoch seconds: the WebSocket is closed then (S2). */
  expiresAt: number;
  /** The `ver` claim: compared with the user's current token version (J5). */
  tokenVersion: number;
}

/** Extracts the token of `Bearer <token>`; anything else that is present is refused rather than ignored. */
export function bearerToken(authorization: unknown): string | null {
  if (authorization === undefined || authorization === null || authorization === '') return null;
  if (typeof authorization !== 'string') throw invalidToken();
  const match = /^Bearer\s+([A-Za-z0-9._~+/=-]+)\s*$/i.exec(authorization);
  if (!match?.[1]) throw invalidToken();
  return match[1];
}

export function verifyViewer(token: string, secrets: Secrets, config: AppConfig): VerifiedViewer {
  const claims = verifyAccessToken(token, secrets, { issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE });
  return {
    // `mfa` travels in the signed assertion: every subgraph's requireRole refuses admin work without it (M5).
    viewer: { kind: 'user', userId: claims.sub, orgId: claims.org, role: claims.role, email: claims.email, mfa: sessionPassedMfa(claims) },
    expiresAt: readExpiry(token),
    tokenVersion: claims.ver,
  };
}

/** Reads `exp` of a token whose signature was already verified (jsonwebtoken enforced its presence and type). */
function readExpiry(token: string): number {
  const payload = token.split('.')[1] ?? '';
  const exp = (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { exp?: unknown }).exp;
  if (typeof exp !== 'number') throw invalidToken();
  return exp;
}

function invalidToken(): AppError {
  return new AppError('UNAUTHENTICATED', 'The access token is invalid or expired.');
}
