/**
 * The auth subgraph's tables, in the `auth` Postgres schema. Every row carries org_id so that every query can be
 * scoped by tenant in this layer.
 */
import { sql } from 'drizzle-orm';
import { bigint, boolean, check, index, integer, jsonb, pgSchema, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export const authSchema = pgSchema('auth');

export const roleEnum = authSchema.enum('role', ['ADMIN', 'ANALYST']);

// Millisecond precision: timestamps round-trip through JS Dates and pagination cursors without losing a digit.
const createdAt = () => timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow();
const at = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });

export const organizations = authSchema.table('organizations', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** Stable handle; the unique constraint makes the bootstrap safe when two replicas start at once. */
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  createdAt: createdAt(),
});

export const users = authSchema.table(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    /** Stored lower-cased (the check below keeps it so), unique per organization. */
    email: text('email').notNull(),
    /** `scrypt$...` string with its own salt and parameters; null once password sign-in is off (e.g. Google only). */
    passwordHash: text('password_hash'),
    role: roleEnum('role').notNull().default('ANALYST'),
    displayName: text('display_name').notNull(),
    disabled: boolean('disabled').notNull().default(false),
    /** Bumped on sign-out, disable and role change: access tokens carrying an older `ver` are refused (J5). */
    tokenVersion: integer('token_version').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('users_org_email_key').on(t.orgId, t.email),
    index('users_email_idx').on(t.email),
    index('users_org_created_idx').on(t.orgId, t.createdAt, t.id),
    check('users_email_lower_case', sql`${t.email} = lower(${t.email})`),
  ],
);

export const refreshTokens = authSchema.table(
  'refresh_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    /** Every token rotated from one sign-in shares the family: reuse of a spent one revokes them all. */
    familyId: uuid('family_id').notNull(),
    /** sha256 (hex) of the opaque token; the token itself is never stored. */
    tokenHash: text('token_hash').notNull().unique(),
    /** How the sign-in of the family was authenticated (RFC 8176 `amr`): kept by every refresh, so MFA (M5) too. */
    amr: text('amr').array().notNull().default(sql`'{}'::text[]`),
    expiresAt: timestamp('expires_at', { withTimezone: true, precision: 3 }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true, precision: 3 }),
    revokedAt: timestamp('revoked_at', { withTimezone: true, precision: 3 }),
    createdAt: createdAt(),
  },
  (t) => [index('refresh_tokens_family_idx').on(t.orgId, t.familyId), index('refresh_tokens_user_idx').on(t.orgId, t.userId)],
);

/**
 * The audit trail (L1, L2). Append-only: a trigger (migration 0002) refuses UPDATE, DELETE and TRUNCATE. Each
 * organization's rows form a hash chain ordered by `seq`: hash = sha256(prev_hash || canonical row). No foreign
 * key on org_id: events that cannot be attributed to a tenant (a sign-in with an unknown email) use the nil UUID.
 */
export const auditEvents = authSchema.table(
  'audit_events',
  {
    id: uuid('id').primaryKey(),
    orgId: uuid('org_id').notNull(),
    /** Position in the organization's chain, 1-based; unique so that a lost race can never fork the chain. */
    seq: bigint('seq', { mode: 'number' }).notNull(),
    actor: text('actor'),
    action: text('action').notNull(),
    target: text('target'),
    at: at('at').notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
    requestId: text('request_id'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [uniqueIndex('audit_events_org_seq_key').on(t.orgId, t.seq), index('audit_events_org_action_idx').on(t.orgId, t.action, t.seq)],
);

/** A user's TOTP factor. The seed is AES-256-GCM ciphertext (M4); `confirmed_at` null while enrolment is pending. */
export const userMfa = authSchema.table('user_mfa', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id),
  orgId: uuid('org_id')
    .notNull()
    .references(() => organizations.id),
  secretCiphertext: text('secret_ciphertext').notNull(),
  confirmedAt: at('confirmed_at'),
  /** The last accepted RFC 6238 time step: a code of that step or earlier is refused (M1). */
  lastUsedStep: bigint('last_used_step', { mode: 'number' }),
  createdAt: createdAt(),
});

/** One-time recovery codes, stored as sha256 like refresh tokens (shown once at confirmation). */
export const recoveryCodes = authSchema.table(
  'recovery_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    codeHash: text('code_hash').notNull(),
    usedAt: at('used_at'),
    createdAt: createdAt(),
  },
  (t) => [index('recovery_codes_user_idx').on(t.orgId, t.userId)],
);

/** An admin's invitation: the pending user exists already; a first Google sign-in of the email will link to it. */
export const invitations = authSchema.table(
  'invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    email: text('email').notNull(),
    role: roleEnum('role').notNull(),
    invitedBy: uuid('invited_by')
      .notNull()
      .references(() => users.id),
    acceptedAt: at('accepted_at'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('invitations_org_email_key').on(t.orgId, t.email)],
);

export const apiTokenScopeEnum = authSchema.enum('api_token_scope', ['READ', 'WRITE']);

/** Integrators' API tokens: `cspx_` + 32 random bytes, stored as sha256; the owner's org and role apply. */
export const apiTokens = authSchema.table(
  'api_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    name: text('name').notNull(),
    scope: apiTokenScopeEnum('scope').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    /** True when created from a session that passed MFA: only then may an admin's token do admin work (M5). */
    mfa: boolean('mfa').notNull().default(false),
    expiresAt: at('expires_at').notNull(),
    lastUsedAt: at('last_used_at'),
    revokedAt: at('revoked_at'),
    createdAt: createdAt(),
  },
  (t) => [index('api_tokens_org_created_idx').on(t.orgId, t.createdAt, t.id)],
);

/**
 * A user's Google account (O2): keyed on Google's stable `sub`, never on the email, which can change hands. One
 * Google account per user and one user per Google account: a second `sub` with the same email cannot link.
 */
export const googleIdentities = authSchema.table(
  'google_identities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    sub: text('sub').notNull(),
    /** The email and hosted domain Google reported when the identity was linked (for admins to read). */
    email: text('email').notNull(),
    hostedDomain: text('hosted_domain'),
    lastLoginAt: at('last_login_at'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('google_identities_sub_key').on(t.sub), uniqueIndex('google_identities_user_key').on(t.orgId, t.userId)],
);

/**
 * One-time codes that end a Google sign-in: the callback redirects to the dashboard with the code (never tokens
 * in a URL), and `exchangeLoginCode` spends it once within a minute. Stored as sha256 like refresh tokens.
 */
export const loginCodes = authSchema.table(
  'login_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    codeHash: text('code_hash').notNull().unique(),
    expiresAt: at('expires_at').notNull(),
    usedAt: at('used_at'),
    createdAt: createdAt(),
  },
  (t) => [index('login_codes_user_idx').on(t.orgId, t.userId)],
);

/**
 * OAuth `state` values already spent at the callback, so that a replayed callback (same code, state and cookie)
 * fails even on another replica (O1). Pre-authentication data with no tenant yet, hence no org_id; rows are only
 * useful until the transaction would have expired anyway.
 */
export const spentOauthStates = authSchema.table('spent_oauth_states', {
  stateHash: text('state_hash').primaryKey(),
  expiresAt: at('expires_at').notNull(),
  createdAt: createdAt(),
});

/**
 * Failed-attempt counters of the rate limits (M3), shared by every auth replica. Keys name an account or an IP
 * before anyone is authenticated, hence no org_id; they are stored as sha256 so the table holds no typed emails or
 * addresses. A row is as good as absent once `expires_at` has passed, and such rows are pruned on the way.
 */
export const throttleCounters = authSchema.table(
  'throttle_counters',
  {
    keyHash: text('key_hash').primaryKey(),
    failures: integer('failures').notNull(),
    lockedUntil: at('locked_until'),
    expiresAt: at('expires_at').notNull(),
  },
  (t) => [index('throttle_counters_expires_idx').on(t.expiresAt)],
);

/**
 * MFA-pending tokens already spent on a session (M5): each works once, on every replica. Rows matter only until
 * the token would have expired anyway.
 */
export const spentMfaTokens = authSchema.table(
  'spent_mfa_tokens',
  {
    jti: text('jti').primaryKey(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    expiresAt: at('expires_at').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('spent_mfa_tokens_expires_idx').on(t.expiresAt)],
);
