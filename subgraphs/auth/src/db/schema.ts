/**
 * The auth subgraph's tables, in the `auth` Postgres schema. Every row carries org_id so that every query can be
 * scoped by tenant in this layer.
 */
import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgSchema, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export const authSchema = pgSchema('auth');

export const roleEnum = authSchema.enum('role', ['ADMIN', 'ANALYST']);

// Millisecond precision: timestamps round-trip through JS Dates and pagination cursors without losing a digit.
const createdAt = () => timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow();

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
    expiresAt: timestamp('expires_at', { withTimezone: true, precision: 3 }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true, precision: 3 }),
    revokedAt: timestamp('revoked_at', { withTimezone: true, precision: 3 }),
    createdAt: createdAt(),
  },
  (t) => [index('refresh_tokens_family_idx').on(t.orgId, t.familyId), index('refresh_tokens_user_idx').on(t.orgId, t.userId)],
);
