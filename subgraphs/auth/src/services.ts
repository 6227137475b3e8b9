/** Wires the auth domain to its stores, secrets and the event bus: one object the resolvers call into. */
import {
  signAccessToken,
  signMfaPendingToken,
  verifyMfaPendingToken,
  type AppConfig,
  type Database,
  type EventBus,
  type Secrets,
} from '@cspmexa/server-kit';
import { createApiTokenStore } from './db/api-tokens';
import { createAuditStore } from './db/audit-events';
import { createGoogleIdentityStore } from './db/google-identities';
import { createInvitationStore } from './db/invitations';
import { createLoginCodeStore } from './db/login-codes';
import { createMfaStore } from './db/mfa';
import { createOrganizationStore } from './db/organizations';
import { createRefreshTokenStore } from './db/refresh-tokens';
import { createSpentMfaTokenStore } from './db/spent-mfa-tokens';
import { createSpentStateStore } from './db/spent-oauth-states';
import { createThrottleStore } from './db/throttle-counters';
import { createUserStore } from './db/users';
import { createAuditTrail } from './domain/audit/trail';
import { isEnrolled } from './domain/mfa/model';
import type { UserChangeNotifier, UserRecord } from './domain/model';
import { createSessionService } from './domain/sessions';
import { normalizeEmail } from './domain/email';
import { createAttemptLimiter } from './domain/throttle';
import { googleSettingsFrom } from './google/settings';
import { transactionKey } from './google/transaction';

export function createAuthServices(deps: { config: AppConfig; secrets: Secrets; db: Database; bus: EventBus }) {
  const { config, secrets, db, bus } = deps;
  const clock = () => new Date();
  const users = createUserStore(db);
  const mfa = createMfaStore(db);
  const auditStore = createAuditStore(db);
  const audit = createAuditTrail({ store: auditStore, clock });
  const tokenSettings = { issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE };
  const notifyUserChanged: UserChangeNotifier = (orgId, userId) => bus.publish('auth.user.changed', { orgId, userId });
  const mfaEnrolled = (orgId: string, userId: string) => isEnrolled(mfa, orgId, userId);
  const issueMfaToken = (user: UserRecord) => signMfaPendingToken({ sub: user.id, org: user.orgId, ver: user.tokenVersion }, secrets, tokenSettings);
  const readMfaToken = (token: string) => verifyMfaPendingToken(token, secrets, tokenSettings);
  // Shared by every replica (M3); sign-in and MFA attempts have counters of their own.
  const throttleStore = createThrottleStore(db);
  const limiters = { login: createAttemptLimiter('login', throttleStore, clock), mfa: createAttemptLimiter('mfa', throttleStore, clock) };
  const google = googleSettingsFrom(config);
  // With password sign-in off, the bootstrap admin keeps it: the way back in if Google is misconfigured.
  const bootstrapAdmin = normalizeEmail(config.ADMIN_EMAIL);
  const passwordLoginAllowed = (email: string) => config.PASSWORD_LOGIN_ENABLED || normalizeEmail(email) === bootstrapAdmin;

  const issueAccessToken = (user: UserRecord, amr: readonly string[]) => {
    const ttlSeconds = config.ACCESS_TOKEN_TTL_SECONDS;
    const claims = { sub: user.id, org: user.orgId, role: user.role, email: user.email, ver: user.tokenVersion, amr: [...amr] };
    // Whole seconds, taken before signing: the token's own `exp` (iat in whole seconds + ttl) is never earlier.
    const expiresAt = new Date((Math.floor(clock().getTime() / 1000) + ttlSeconds) * 1000);
    return { token: signAccessToken(claims, secrets, { ...tokenSettings, ttlSeconds }), expiresAt };
  };

  const sessions = createSessionService({
    users,
    refreshTokens: createRefreshTokenStore(db),
    issueAccessToken,
    audit,
    clock,
    refreshTokenTtlSeconds: config.REFRESH_TOKEN_TTL_SECONDS,
    limiter: limiters.login,
    mfaEnrolled: (user) => mfaEnrolled(user.orgId, user.id),
    issueMfaToken,
    notifyUserChanged,
    passwordLoginAllowed,
  });

  return {
    clock,
    users,
    organizations: createOrganizationStore(db),
    audit,
    auditStore,
    mfa,
    mfaEnrolled,
    encryptionKey: secrets.mfaEncryptionKey,
    // MFA attempts have their own counters: a locked password sign-in must not also lock a pending second factor.
    limiter: limiters.mfa,
    limiters,
    spentMfaTokens: createSpentMfaTokenStore(db, clock),
    invitations: createInvitationStore(db),
    apiTokens: createApiTokenStore(db),
    notifyUserChanged,
    sessions,
    startSession: sessions.startSession,
    readMfaToken,
    /** The account an MFA-pending token names (for counting batched attempts), or null for anything else. */
    mfaTokenSubject(token: unknown) {
      try {
        const claims = readMfaToken(String(token));
        return { orgId: claims.org, userId: claims.sub };
      } catch {
        return null;
      }
    },
    issueMfaToken,
    /** Which sign-in methods the login page offers. */
    authProviders: { google: google !== null, password: config.PASSWORD_LOGIN_ENABLED },
    google,
    googleIdentities: createGoogleIdentityStore(db),
    loginCodes: createLoginCodeStore(db),
    spentStates: createSpentStateStore(db, clock),
    googleTransactionKey: transactionKey(secrets.internalSecret),
  };
}

export type AuthServices = ReturnType<typeof createAuthServices>;
