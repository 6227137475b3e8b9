/**
 * Sign-in, refresh-token rotation and sign-out. Works before the caller is known (null viewer): the credentials
 * or the refresh token identify the user, and every later query is scoped by that user's organization.
 */
import crypto from 'node:crypto';
import { AppError, MFA_AMR } from '@cspmexa/server-kit';
import { normalizeEmail } from './email';
import type { AuditSink, Clock, RefreshTokenStore, RequestInfo, UserChangeNotifier, UserRecord, UserStore } from './model';
import { createTimingDecoy, hashPassword, needsRehash, verifyPassword } from './password';
import { hashRefreshToken, newRefreshToken } from './refresh-token';
import { loginAccountKey, type AttemptLimiter } from './throttle';

/** Signs an access token for the user; `amr` says how the session was authenticated (M5 needs `mfa`). */
export interface AccessTokenIssuer {
  (user: UserRecord, amr: readonly string[]): { token: string; expiresAt: Date };
}

/** RFC 8176 authentication method references of a session (`mfa` marks a verified second factor). */
export const amrOf = {
  password: ['pwd'],
  google: ['fed'],
  totp: ['otp', 'mfa'],
  recoveryCode: ['mfa'],
} as const satisfies Record<string, readonly string[]>;

export interface SessionDeps {
  users: UserStore;
  refreshTokens: RefreshTokenStore;
  issueAccessToken: AccessTokenIssuer;
  audit: AuditSink;
  clock: Clock;
  refreshTokenTtlSeconds: number;
  /** Sign-in attempts per email and per IP (M3). */
  limiter: AttemptLimiter;
  /** True when the user has a confirmed second factor: sign-in then stops at an MFA challenge. */
  mfaEnrolled(user: UserRecord): Promise<boolean>;
  /** The MFA-pending token (typ mfa_pending, 5 minutes) that only `verifyMfa` accepts (M5). */
  issueMfaToken(user: UserRecord): string;
  notifyUserChanged: UserChangeNotifier;
  /** False when password sign-in is switched off for this email (PASSWORD_LOGIN_ENABLED=false); default allowed. */
  passwordLoginAllowed?(email: string): boolean;
}

export interface Session {
  accessToken: string;
  refreshToken: string;
  expiresAt: Date;
  mfaRequired: false;
  mfaToken: null;
  user: UserRecord;
}

/** The password was right and a second factor is due: no session yet, only the MFA-pending token. */
export interface MfaChallenge {
  accessToken: null;
  refreshToken: null;
  expiresAt: null;
  mfaRequired: true;
  mfaToken: string;
  user: null;
}

const invalidCredentials = () => new AppError('UNAUTHENTICATED', 'Invalid email or password.');
export const tooManyAttempts = (seconds: number) => new AppError('RATE_LIMITED', `Too many attempts. Try again in ${seconds} seconds.`);
const invalidRefreshToken = () => new AppError('UNAUTHENTICATED', 'The session has expired. Sign in again.');

export function createSessionService(deps: SessionDeps) {
  const spendDecoyWork = createTimingDecoy();

  async function startSession(user: UserRecord, familyId: string, amr: readonly string[]): Promise<Session> {
    const refresh = newRefreshToken();
    await deps.refreshTokens.insert({
      orgId: user.orgId,
      userId: user.id,
      familyId,
      tokenHash: refresh.tokenHash,
      amr: [...amr],
      expiresAt: new Date(deps.clock().getTime() + deps.refreshTokenTtlSeconds * 1000),
    });
    const access = deps.issueAccessToken(user, amr);
    return { accessToken: access.token, expiresAt: access.expiresAt, refreshToken: refresh.token, mfaRequired: false, mfaToken: null, user };
  }

  /**
   * Finds the account whose password matches; the same work and the same error whatever is wrong. `claimed` is the
   * account the email names (for the audit trail of a failure), null for an unknown email.
   */
  async function checkCredentials(email: string, password: string): Promise<{ user: UserRecord | null; claimed: UserRecord | null }> {
    const candidates = (await deps.users.findByEmailForSignIn(normalizeEmail(email))).filter((u) => u.passwordHash);
    if (candidates.length === 0) return spendDecoyWork(password).then(() => ({ user: null, claimed: null }));
    for (const user of candidates) {
      if (await verifyPassword(password, user.passwordHash!)) return { user, claimed: user };
    }
    return { user: null, claimed: candidates[0] ?? null };
  }

  return {
    /**
     * A new sign-in (its own refresh family) authenticated by `amr`: after the second factor (mfa/challenge.ts),
     * after a first MFA enrolment, or right away for a user without MFA (Google).
     */
    startSession: (user: UserRecord, amr: readonly string[]) => startSession(user, crypto.randomUUID(), amr),

    async login(email: string, password: string, request: RequestInfo): Promise<Session | MfaChallenge> {
      // Throttled by the typed email, known or not, so that lockout never tells whether an account exists.
      const account = loginAccountKey(normalizeEmail(email));
      const lockedFor = await deps.limiter.lockedFor(account, request.ip);
      if (lockedFor > 0) {
        await deps.audit.record({ action: 'login.rate_limited', orgId: null, target: normalizeEmail(email) }, request);
        throw tooManyAttempts(lockedFor);
      }
      // Refused before any lookup, whoever the email names: the answer tells nothing about the account.
      if (deps.passwordLoginAllowed && !deps.passwordLoginAllowed(email)) {
        await deps.audit.record({ action: 'login.failed', orgId: null, target: normalizeEmail(email), details: { method: 'password', reason: 'password_login_disabled' } }, request);
        throw new AppError('FORBIDDEN', 'Password sign-in is turned off. Sign in with Google.');
      }
      const { user, claimed } = await checkCredentials(email, password);
      // A disabled account gets the same answer: the password alone must not confirm that the account exists.
      if (!user || user.disabled) {
        await deps.limiter.fail(account, request.ip);
        const reason = user ? 'disabled' : 'bad_credentials';
        await deps.audit.record({ action: 'login.failed', orgId: claimed?.orgId ?? null, target: claimed?.id ?? normalizeEmail(email), details: { reason } }, request);
        throw invalidCredentials();
      }
      await deps.limiter.succeed(account);
      // Hashes made with older cost parameters are upgraded while the plain password is at hand.
      if (needsRehash(user.passwordHash!)) {
        await deps.users.setPasswordHash(user.orgId, user.id, await hashPassword(password));
      }
      if (await deps.mfaEnrolled(user)) {
        await deps.audit.record({ action: 'login.mfa_required', orgId: user.orgId, actorId: user.id, target: user.id }, request);
        return { accessToken: null, refreshToken: null, expiresAt: null, mfaRequired: true, mfaToken: deps.issueMfaToken(user), user: null };
      }
      const session = await startSession(user, crypto.randomUUID(), amrOf.password);
      await deps.audit.record({ action: 'login.succeeded', orgId: user.orgId, actorId: user.id, target: user.id, details: { method: 'password' } }, request);
      return session;
    },

    /** Spends the token and hands out its successor; a token spent twice revokes its whole family. */
    async refresh(refreshToken: string, request: RequestInfo): Promise<Session> {
      const stored = await deps.refreshTokens.findByHash(hashRefreshToken(refreshToken));
      if (!stored || stored.revokedAt) throw invalidRefreshToken();
      const now = deps.clock();
      const reuse = async () => {
        // Someone replayed a spent token: either the thief or the user holds the live one. End both; the user's
        // current access tokens go too (token version) so the thief's copy stops at the next request.
        await deps.refreshTokens.revokeFamily(stored.orgId, stored.familyId, now);
        await deps.users.bumpTokenVersion(stored.orgId, stored.userId);
        await deps.notifyUserChanged(stored.orgId, stored.userId);
        await deps.audit.record({ action: 'token.reuse_detected', orgId: stored.orgId, target: stored.userId, details: { familyId: stored.familyId } }, request);
        return invalidRefreshToken();
      };
      if (stored.usedAt) throw await reuse();
      if (stored.expiresAt.getTime() <= now.getTime()) throw invalidRefreshToken();

      const user = await deps.users.findById(stored.orgId, stored.userId);
      if (!user || user.disabled) {
        await deps.refreshTokens.revokeFamily(stored.orgId, stored.familyId, now);
        await deps.audit.record({ action: 'token.revoked', orgId: stored.orgId, target: stored.userId, details: { familyId: stored.familyId, reason: 'user_disabled' } }, request);
        throw invalidRefreshToken();
      }
      // The successor is as strong as the sign-in that started the family, no stronger (M5); a factor removed
      // since (disableMfa, resetMfa) takes `mfa` away from the family.
      const amr = stored.amr.includes(MFA_AMR) && !(await deps.mfaEnrolled(user)) ? stored.amr.filter((m) => m !== MFA_AMR && m !== 'otp') : stored.amr;
      const successor = newRefreshToken();
      const rotated = await deps.refreshTokens.rotate(
        stored.orgId,
        stored.id,
        {
          orgId: user.orgId,
          userId: user.id,
          familyId: stored.familyId,
          tokenHash: successor.tokenHash,
          amr,
          expiresAt: new Date(now.getTime() + deps.refreshTokenTtlSeconds * 1000),
        },
        now,
      );
      if (!rotated) throw await reuse();
      const access = deps.issueAccessToken(user, amr);
      await deps.audit.record({ action: 'token.refreshed', orgId: user.orgId, actorId: user.id, target: user.id, details: { familyId: stored.familyId } }, request);
      return { accessToken: access.token, expiresAt: access.expiresAt, refreshToken: successor.token, mfaRequired: false, mfaToken: null, user } satisfies Session;
    },

    /**
     * Ends the sign-in the token belongs to (its whole family) and invalidates the user's access tokens.
     * Returns false for a token that was never issued, true otherwise (already ended counts as ended).
     */
    async logout(refreshToken: string, request: RequestInfo): Promise<boolean> {
      const stored = await deps.refreshTokens.findByHash(hashRefreshToken(refreshToken));
      if (!stored) return false;
      await deps.refreshTokens.revokeFamily(stored.orgId, stored.familyId, deps.clock());
      await deps.users.bumpTokenVersion(stored.orgId, stored.userId);
      await deps.notifyUserChanged(stored.orgId, stored.userId);
      await deps.audit.record({ action: 'logout', orgId: stored.orgId, actorId: stored.userId, target: stored.userId, details: { familyId: stored.familyId } }, request);
      return true;
    },
  };
}

export type SessionService = ReturnType<typeof createSessionService>;
