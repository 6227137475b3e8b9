/**
 * The second step of a sign-in: the MFA-pending token plus a TOTP code or a recovery code gives a session. A code
 * is accepted once (M1: the last accepted time step is persisted, a replay is audited as `mfa.replay`), within one
 * step either side (M2), and attempts are throttled per account and IP (M3).
 *
 * The pending token itself (M5) is refused once the user's token version has moved on since it was issued
 * (sign-out everywhere, disable, MFA reset: `mfa.pending_token_stale`) and after it has been exchanged for a
 * session once (`mfa.pending_token_reused`).
 */
import { AppError, type VerifiedMfaPendingClaims } from '@cspmexa/server-kit';
import type { RequestInfo, UserRecord } from '../model';
import type { Session } from '../sessions';
import { amrOf, tooManyAttempts } from '../sessions';
import { mfaAccountKey } from '../throttle';
import type { MfaDeps } from './enrolment';
import type { SpentMfaTokenStore } from './model';
import { hashRecoveryCode } from './recovery-codes';
import { decryptSeed } from './seed-cipher';
import { matchTotp } from './totp';

export interface ChallengeDeps extends Pick<MfaDeps, 'users' | 'audit' | 'mfa' | 'encryptionKey' | 'clock' | 'limiter'> {
  /** Verifies the MFA-pending token; throws UNAUTHENTICATED when it is not one (expired, access token, forged). */
  readMfaToken(token: string): VerifiedMfaPendingClaims;
  spentMfaTokens: SpentMfaTokenStore;
  startSession(user: UserRecord, amr: readonly string[]): Promise<Session>;
}

const invalidCode = () => new AppError('UNAUTHENTICATED', 'The code is not valid.');
const signInExpired = () => new AppError('UNAUTHENTICATED', 'The sign-in has expired. Sign in again.');
/** Spent token ids are kept past `exp` by more than the verification's clock tolerance. */
const SPENT_TOKEN_MARGIN_MS = 120_000;

export async function verifyMfa(
  deps: ChallengeDeps,
  args: { mfaToken: string; code?: string | null; recoveryCode?: string | null },
  request: RequestInfo,
): Promise<Session> {
  if (!args.code === !args.recoveryCode) throw new AppError('BAD_USER_INPUT', 'Send either a code or a recovery code.');
  const claims = deps.readMfaToken(args.mfaToken);
  const key = mfaAccountKey(claims.sub);
  const lockedFor = await deps.limiter.lockedFor(key, request.ip);
  if (lockedFor > 0) {
    await deps.audit.record({ action: 'mfa.rate_limited', orgId: claims.org, target: claims.sub }, request);
    throw tooManyAttempts(lockedFor);
  }
  const user = await deps.users.findById(claims.org, claims.sub);
  if (user && user.tokenVersion !== claims.ver) {
    await deps.audit.record({ action: 'mfa.pending_token_stale', orgId: user.orgId, target: user.id, details: { reason: 'token_version_changed' } }, request);
    throw signInExpired();
  }
  const factor = user && !user.disabled ? await deps.mfa.find(user.orgId, user.id) : null;
  if (!user || !factor?.confirmedAt) throw signInExpired();

  const fail = async (action: 'mfa.failed' | 'mfa.replay', details: Record<string, string | number>) => {
    await deps.limiter.fail(key, request.ip);
    await deps.audit.record({ action, orgId: user.orgId, actorId: user.id, target: user.id, details }, request);
    return invalidCode();
  };

  let method: 'totp' | 'recovery_code';
  if (args.code) {
    method = 'totp';
    const seed = decryptSeed(deps.encryptionKey, { orgId: user.orgId, userId: user.id }, factor.secretCiphertext);
    const step = await matchTotp(seed, args.code, deps.clock());
    if (step === null) throw await fail('mfa.failed', { method });
    // The conditional update decides between two requests racing with the same code: one wins, one is a replay.
    const fresh = (factor.lastUsedStep === null || step > factor.lastUsedStep) && (await deps.mfa.acceptStep(user.orgId, user.id, step));
    if (!fresh) throw await fail('mfa.replay', { method, step });
  } else {
    method = 'recovery_code';
    if (!(await deps.mfa.useRecoveryCode(user.orgId, user.id, hashRecoveryCode(args.recoveryCode!), deps.clock()))) {
      throw await fail('mfa.failed', { method });
    }
    await deps.audit.record({ action: 'mfa.recovery_code_used', orgId: user.orgId, actorId: user.id, target: user.id }, request);
  }
  // Only now, with a right code: a mistyped code must leave the pending token usable for the next try.
  if (!(await deps.spentMfaTokens.spend(user.orgId, claims.jti, new Date(claims.exp * 1000 + SPENT_TOKEN_MARGIN_MS)))) {
    await deps.limiter.fail(key, request.ip);
    await deps.audit.record({ action: 'mfa.pending_token_reused', orgId: user.orgId, target: user.id, details: { method } }, request);
    throw signInExpired();
  }
  await deps.limiter.succeed(key);
  await deps.audit.record({ action: 'mfa.verified', orgId: user.orgId, actorId: user.id, target: user.id, details: { method } }, request);
  const session = await deps.startSession(user, method === 'totp' ? amrOf.totp : amrOf.recoveryCode);
  await deps.audit.record({ action: 'login.succeeded', orgId: user.orgId, actorId: user.id, target: user.id, details: { method: `password+${method}` } }, request);
  return session;
}
