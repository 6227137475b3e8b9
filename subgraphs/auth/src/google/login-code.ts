/**
 * The one-time login code that ends the browser part of a Google sign-in. The callback hands it to the dashboard
 * in the URL fragment (never tokens in a URL); `exchangeLoginCode` spends it once, within a minute, for what a
 * password sign-in would return: a session, or an MFA challenge for a user with a second factor.
 */
import { AppError } from '@cspmexa/server-kit';
import type { AuditSink, Clock, RequestInfo, UserRecord, UserStore } from '../domain/model';
import { hashRefreshToken, newRefreshToken } from '../domain/refresh-token';
import type { MfaChallenge, Session } from '../domain/sessions';
import type { LoginCodeStore } from './model';

export const LOGIN_CODE_TTL_MS = 60 * 1000;

export interface LoginCodeDeps {
  loginCodes: LoginCodeStore;
  users: UserStore;
  audit: AuditSink;
  clock: Clock;
  mfaEnrolled(user: UserRecord): Promise<boolean>;
  issueMfaToken(user: UserRecord): string;
  startSession(user: UserRecord): Promise<Session>;
}

/** Same opaque format and hashing as refresh tokens: 32 random bytes, stored as sha256 only. */
export async function issueLoginCode(deps: Pick<LoginCodeDeps, 'loginCodes' | 'clock'>, user: UserRecord): Promise<string> {
  const { token, tokenHash } = newRefreshToken();
  await deps.loginCodes.insert({ orgId: user.orgId, userId: user.id, codeHash: tokenHash, expiresAt: new Date(deps.clock().getTime() + LOGIN_CODE_TTL_MS) });
  return token;
}

const invalidCode = () => new AppError('UNAUTHENTICATED', 'This sign-in link has expired or was already used. Sign in again.');

export async function exchangeLoginCode(deps: LoginCodeDeps, code: string, request: RequestInfo): Promise<Session | MfaChallenge> {
  const spent = await deps.loginCodes.spend(hashRefreshToken(code), deps.clock());
  if (!spent) {
    await deps.audit.record({ action: 'login.failed', orgId: null, details: { method: 'google', reason: 'login_code_invalid' } }, request);
    throw invalidCode();
  }
  const user = await deps.users.findById(spent.orgId, spent.userId);
  if (!user || user.disabled) {
    await deps.audit.record({ action: 'login.failed', orgId: spent.orgId, target: spent.userId, details: { method: 'google', reason: 'user_disabled' } }, request);
    throw invalidCode();
  }
  if (await deps.mfaEnrolled(user)) {
    await deps.audit.record({ action: 'login.mfa_required', orgId: user.orgId, actorId: user.id, target: user.id, details: { method: 'google' } }, request);
    return { accessToken: null, refreshToken: null, expiresAt: null, mfaRequired: true, mfaToken: deps.issueMfaToken(user), user: null };
  }
  const session = await deps.startSession(user);
  await deps.audit.record({ action: 'login.succeeded', orgId: user.orgId, actorId: user.id, target: user.id, details: { method: 'google' } }, request);
  return session;
}
