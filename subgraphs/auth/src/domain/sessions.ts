/**
 * Sign-in, refresh-token rotation and sign-out. Works before the caller is known (null viewer): the credentials
 * or the refresh token identify the user, and every later query is scoped by that user's organization.
 */
import crypto from 'node:crypto';
import { AppError } from '@cspmexa/server-kit';
import { normalizeEmail } from './email';
import type { AuditSink, Clock, RefreshTokenStore, RequestInfo, UserRecord, UserStore } from './model';
import { createTimingDecoy, hashPassword, needsRehash, verifyPassword } from './password';
import { hashRefreshToken, newRefreshToken } from './refresh-token';

export interface AccessTokenIssuer {
  (user: UserRecord): { token: string; expiresAt: Date };
}

export interface SessionDeps {
  users: UserStore;
  refreshTokens: RefreshTokenStore;
  issueAccessToken: AccessTokenIssuer;
  audit: AuditSink;
  clock: Clock;
  refreshTokenTtlSeconds: number;
}

export interface Session {
  accessToken: string;
  refreshToken: string;
  expiresAt: Date;
  /** Always false until TOTP lands; then login returns an MFA-pending token instead of a session. */
  mfaRequired: false;
  user: UserRecord;
}

const invalidCredentials = () => new AppError('UNAUTHENTICATED', 'Invalid email or password.');
const invalidRefreshToken = () => new AppError('UNAUTHENTICATED', 'The session has expired. Sign in again.');

export function createSessionService(deps: SessionDeps) {
  const spendDecoyWork = createTimingDecoy();

  async function startSession(user: UserRecord, familyId: string): Promise<Session> {
    const refresh = newRefreshToken();
    await deps.refreshTokens.insert({
      orgId: user.orgId,
      userId: user.id,
      familyId,
      tokenHash: refresh.tokenHash,
      expiresAt: new Date(deps.clock().getTime() + deps.refreshTokenTtlSeconds * 1000),
    });
    const access = deps.issueAccessToken(user);
    return { accessToken: access.token, expiresAt: access.expiresAt, refreshToken: refresh.token, mfaRequired: false, user };
  }

  /** Finds the account whose password matches; the same work and the same error whatever is wrong. */
  async function checkCredentials(email: string, password: string): Promise<UserRecord | null> {
    const candidates = (await deps.users.findByEmailForSignIn(normalizeEmail(email))).filter((u) => u.passwordHash);
    if (candidates.length === 0) return spendDecoyWork(password).then(() => null);
    for (const user of candidates) {
      if (await verifyPassword(password, user.passwordHash!)) return user;
    }
    return null;
  }

  return {
    async login(email: string, password: string, request: RequestInfo): Promise<Session> {
      const user = await checkCredentials(email, password);
      if (!user) {
        await deps.audit.record({ action: 'login.failed', reason: 'bad_credentials' }, request);
        throw invalidCredentials();
      }
      // A disabled account gets the same answer: the password alone must not confirm that the account exists.
      if (user.disabled) {
        await deps.audit.record({ action: 'login.failed', reason: 'disabled' }, request);
        throw invalidCredentials();
      }
      // Hashes made with older cost parameters are upgraded while the plain password is at hand.
      if (needsRehash(user.passwordHash!)) {
        await deps.users.setPasswordHash(user.orgId, user.id, await hashPassword(password));
      }
      const session = await startSession(user, crypto.randomUUID());
      await deps.audit.record({ action: 'login.succeeded', orgId: user.orgId, userId: user.id }, request);
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
        await deps.audit.record({ action: 'token.reuse_detected', orgId: stored.orgId, userId: stored.userId, familyId: stored.familyId }, request);
        return invalidRefreshToken();
      };
      if (stored.usedAt) throw await reuse();
      if (stored.expiresAt.getTime() <= now.getTime()) throw invalidRefreshToken();

      const user = await deps.users.findById(stored.orgId, stored.userId);
      if (!user || user.disabled) {
        await deps.refreshTokens.revokeFamily(stored.orgId, stored.familyId, now);
        throw invalidRefreshToken();
      }
      const successor = newRefreshToken();
      const rotated = await deps.refreshTokens.rotate(
        stored.orgId,
        stored.id,
        {
          orgId: user.orgId,
          userId: user.id,
          familyId: stored.familyId,
          tokenHash: successor.tokenHash,
          expiresAt: new Date(now.getTime() + deps.refreshTokenTtlSeconds * 1000),
        },
        now,
      );
      if (!rotated) throw await reuse();
      const access = deps.issueAccessToken(user);
      await deps.audit.record({ action: 'token.refreshed', orgId: user.orgId, userId: user.id, familyId: stored.familyId }, request);
      return { accessToken: access.token, expiresAt: access.expiresAt, refreshToken: successor.token, mfaRequired: false, user };
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
      await deps.audit.record({ action: 'logout', orgId: stored.orgId, userId: stored.userId, familyId: stored.familyId }, request);
      return true;
    },
  };
}

export type SessionService = ReturnType<typeof createSessionService>;
