/**
 * The second step of a sign-in: the MFA-pending token plus a TOTP code or a recovery code gives a session. A code
 * is accepted once (M1: the last accepted time step is persisted, a replay is audited as `mfa.replay`), within one
 * step either side (M2), and attempts are throttled per account and IP (M3).
 */
import { AppError } from '@cspmexa/server-kit';
import type { RequestInfo, UserRecord } from '../model';
import type { Session } from '../sessions';
import { amrOf, tooManyAttempts } from '../sessions';
import type { MfaDeps } from './enrolment';
import { hashRecoveryCode } from './recovery-codes';
import { decryptSeed } from './seed-cipher';
import { matchTotp } from './totp';

export interface ChallengeDeps extends Pick<MfaDeps, 'users' | 'audit' | 'mfa' | 'encryptionKey' | 'clock' | 'limiter'> {
  /** Verifies the MFA-pending token; throws UNAUTHENTICATED when it is not one (expired, access token, forged). */
  readMfaToken(token: string): { sub: string; org: string };
  startSession(user: UserRecord, amr: readonly string[]): Promise<Session>;
}

const invalidCode = () => new AppError('UNAUTHENTICATED', 'The code is not valid.');

export async function verifyMfa(
  deps: ChallengeDeps,
  args: { mfaToken: string; code?: string | null; recoveryCode?: string | null },
  request: RequestInfo,
): Promise<Session> {
  if (!args.code === !args.recoveryCode) throw new AppError('BAD_USER_INPUT', 'Send either a code or a recovery code.');
  const claims = deps.readMfaToken(args.mfaToken);
  const key = `mfa:${claims.sub}`;
  const lockedFor = deps.limiter.lockedFor(key, request.ip);
  if (lockedFor > 0) {
    await deps.audit.record({ action: 'mfa.rate_limited', orgId: claims.org, target: claims.sub }, request);
    throw tooManyAttempts(lockedFor);
  }
  const user = await deps.users.findById(claims.org, claims.sub);
  const factor = user && !user.disabled ? await deps.mfa.find(user.orgId, user.id) : null;
  if (!user || !factor?.confirmedAt) throw new AppError('UNAUTHENTICATED', 'The sign-in has expired. Sign in again.');

  const fail = async (action: 'mfa.failed' | 'mfa.replay', details: Record<string, string | number>) => {
    deps.limiter.fail(key, request.ip);
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
  deps.limiter.succeed(key);
  await deps.audit.record({ action: 'mfa.verified', orgId: user.orgId, actorId: user.id, target: user.id, details: { method } }, request);
  const session = await deps.startSession(user, method === 'totp' ? amrOf.totp : amrOf.recoveryCode);
  await deps.audit.record({ action: 'login.succeeded', orgId: user.orgId, actorId: user.id, target: user.id, details: { method: `password+${method}` } }, request);
  return session;
}
