/**
 * Enrolling, confirming, disabling and resetting a TOTP factor. The seed is shown once (otpauth URI and QR code)
 * and stored encrypted (M4); recovery codes are shown once at confirmation and stored hashed.
 */
import QRCode from 'qrcode';
import { AppError, type Viewer } from '@cspmexa/server-kit';
import { authorizeAdmin, authorizeSelf, type AccessDeps } from '../access';
import type { Clock, RequestInfo, UserChangeNotifier, UserRecord } from '../model';
import { verifyPassword } from '../password';
import { amrOf, tooManyAttempts, type Session } from '../sessions';
import { mfaAccountKey, type AttemptLimiter } from '../throttle';
import type { MfaStore } from './model';
import { generateRecoveryCodes, hashRecoveryCode } from './recovery-codes';
import { decryptSeed, encryptSeed } from './seed-cipher';
import { matchTotp, newTotpSeed, otpauthUri } from './totp';

export interface MfaDeps extends AccessDeps {
  mfa: MfaStore;
  encryptionKey: Buffer;
  clock: Clock;
  limiter: AttemptLimiter;
  notifyUserChanged: UserChangeNotifier;
  /** A new sign-in for the user, authenticated by `amr`. */
  startSession(user: UserRecord, amr: readonly string[]): Promise<Session>;
}

export interface MfaEnrolment {
  otpauthUri: string;
  /** PNG data URL of the otpauth URI, for the authenticator app to scan. */
  qrCodeDataUrl: string;
}

export async function enrolMfa(deps: MfaDeps, viewer: Viewer | null, request: RequestInfo): Promise<MfaEnrolment> {
  const user = await authorizeSelf(deps, viewer);
  const seed = newTotpSeed();
  const started = await deps.mfa.startEnrolment(user.orgId, user.id, encryptSeed(deps.encryptionKey, { orgId: user.orgId, userId: user.id }, seed));
  if (!started) throw new AppError('CONFLICT', 'Multi-factor authentication is already enabled. Disable it first to enrol a new device.');
  await deps.audit.record({ action: 'mfa.enrolment_started', orgId: user.orgId, actorId: user.id, target: user.id }, request);
  const uri = otpauthUri(seed, user.email);
  return { otpauthUri: uri, qrCodeDataUrl: await QRCode.toDataURL(uri, { errorCorrectionLevel: 'M', margin: 2, width: 240 }) };
}

/** Throttled like sign-in (M3): a wrong code counts against the account and the IP. */
async function checkThrottle(deps: MfaDeps, user: UserRecord, request: RequestInfo): Promise<string> {
  const key = mfaAccountKey(user.id);
  const lockedFor = await deps.limiter.lockedFor(key, request.ip);
  if (lockedFor > 0) {
    await deps.audit.record({ action: 'mfa.rate_limited', orgId: user.orgId, actorId: user.id, target: user.id }, request);
    throw tooManyAttempts(lockedFor);
  }
  return key;
}

/**
 * Ends an enrolment with a first code. The code just proved the second factor, so the answer carries a new session
 * that passed MFA: an admin who enrolled after a password-only sign-in (the bootstrap admin) can administer at once,
 * without signing in again (M5).
 */
export async function confirmMfa(deps: MfaDeps, viewer: Viewer | null, code: string, request: RequestInfo): Promise<{ recoveryCodes: string[]; session: Session }> {
  const user = await authorizeSelf(deps, viewer);
  const factor = await deps.mfa.find(user.orgId, user.id);
  if (!factor || factor.confirmedAt) throw new AppError('CONFLICT', 'There is no enrolment waiting for confirmation. Start one with enrolMfa.');
  const key = await checkThrottle(deps, user, request);
  const seed = decryptSeed(deps.encryptionKey, { orgId: user.orgId, userId: user.id }, factor.secretCiphertext);
  const step = await matchTotp(seed, code, deps.clock());
  if (step === null) {
    await deps.limiter.fail(key, request.ip);
    await deps.audit.record({ action: 'mfa.failed', orgId: user.orgId, actorId: user.id, target: user.id, details: { stage: 'confirm' } }, request);
    throw new AppError('BAD_USER_INPUT', 'The code is not valid. Check the time on your device and try again.', { field: 'code' });
  }
  await deps.limiter.succeed(key);
  const recoveryCodes = generateRecoveryCodes();
  if (!(await deps.mfa.confirm(user.orgId, user.id, step, deps.clock(), recoveryCodes.map(hashRecoveryCode)))) {
    throw new AppError('CONFLICT', 'There is no enrolment waiting for confirmation. Start one with enrolMfa.');
  }
  await deps.audit.record({ action: 'mfa.enrolled', orgId: user.orgId, actorId: user.id, target: user.id }, request);
  const session = await deps.startSession(user, amrOf.totp);
  return { recoveryCodes, session };
}

/** Needs the password again (M5); admins must keep MFA, so for them it is refused. */
export async function disableMfa(deps: MfaDeps, viewer: Viewer | null, password: string, request: RequestInfo): Promise<boolean> {
  const user = await authorizeSelf(deps, viewer);
  if (user.role === 'ADMIN') throw new AppError('CONFLICT', 'Admins must keep multi-factor authentication.');
  const key = await checkThrottle(deps, user, request);
  if (!user.passwordHash || !(await verifyPassword(password, user.passwordHash))) {
    await deps.limiter.fail(key, request.ip);
    await deps.audit.record({ action: 'mfa.failed', orgId: user.orgId, actorId: user.id, target: user.id, details: { stage: 'disable' } }, request);
    throw new AppError('UNAUTHENTICATED', 'The password is not correct.');
  }
  await deps.mfa.remove(user.orgId, user.id);
  await deps.audit.record({ action: 'mfa.disabled', orgId: user.orgId, actorId: user.id, target: user.id }, request);
  return true;
}

/** ADMIN: removes a user's factor (lost device). The user's sessions end; they enrol again at next sign-in. */
export async function resetMfa(deps: MfaDeps, viewer: Viewer | null, userId: string, request: RequestInfo): Promise<UserRecord> {
  const admin = await authorizeAdmin(deps, viewer, { identityAdministration: true });
  const target = await deps.users.findById(admin.orgId, userId);
  if (!target) throw new AppError('NOT_FOUND', 'No such user.', { field: 'userId' });
  await deps.mfa.remove(admin.orgId, target.id);
  await deps.users.bumpTokenVersion(admin.orgId, target.id);
  await deps.notifyUserChanged(admin.orgId, target.id);
  await deps.audit.record({ action: 'mfa.reset', orgId: admin.orgId, actorId: admin.id, target: target.id }, request);
  return target;
}
