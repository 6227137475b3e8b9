/**
 * What the auth domain works with, and the stores it needs. The domain depends on these interfaces only; the
 * drizzle implementations live in ../db and the unit tests use in-memory ones.
 */
import type { Role } from '@cspmexa/server-kit';

export interface Organization {
  id: string;
  slug: string;
  name: string;
  createdAt: Date;
}

export interface UserRecord {
  id: string;
  orgId: string;
  email: string;
  passwordHash: string | null;
  role: Role;
  displayName: string;
  disabled: boolean;
  tokenVersion: number;
  createdAt: Date;
}

export interface NewUser {
  orgId: string;
  email: string;
  passwordHash: string | null;
  role: Role;
  displayName: string;
}

export interface RefreshTokenRecord {
  id: string;
  orgId: string;
  userId: string;
  familyId: string;
  expiresAt: Date;
  usedAt: Date | null;
  revokedAt: Date | null;
}

export interface NewRefreshToken {
  orgId: string;
  userId: string;
  familyId: string;
  tokenHash: string;
  expiresAt: Date;
}

export interface UserPage {
  /** Up to `limit + 1` rows: the extra one tells that there is a next page. */
  rows: UserRecord[];
  totalCount: number;
}

export interface OrganizationStore {
  findById(orgId: string): Promise<Organization | null>;
  /** Creates the organization unless one with this slug exists; returns the stored one either way. */
  ensure(slug: string, name: string): Promise<Organization>;
}

export interface UserStore {
  /**
   * Sign-in lookup by normalized email across organizations: the one query not scoped by org, because the caller
   * is not known yet. Everything after it is scoped by the org of the user found.
   */
  findByEmailForSignIn(email: string): Promise<UserRecord[]>;
  findById(orgId: string, userId: string): Promise<UserRecord | null>;
  /** Keyset page ordered by (createdAt, id). */
  list(orgId: string, page: { limit: number; after: { createdAt: Date; id: string } | null }): Promise<UserPage>;
  /** Inserts unless the email is taken in the organization (ON CONFLICT DO NOTHING); null when it was. */
  insertIfAbsent(user: NewUser): Promise<UserRecord | null>;
  anyExists(): Promise<boolean>;
  countActiveAdmins(orgId: string): Promise<number>;
  /** Sets the role and bumps the token version so that tokens with the old role stop working (J5). */
  setRole(orgId: string, userId: string, role: Role): Promise<UserRecord | null>;
  bumpTokenVersion(orgId: string, userId: string): Promise<void>;
  setPasswordHash(orgId: string, userId: string, passwordHash: string): Promise<void>;
  /**
   * Runs `work` while holding the organization's role-change lock (a row lock in a transaction), so that two
   * concurrent demotions cannot both see "another admin remains" and leave the organization without one.
   */
  withOrgLock<T>(orgId: string, work: (users: UserStore) => Promise<T>): Promise<T>;
}

export interface RefreshTokenStore {
  /** Lookup by token hash, before the caller is known (the hash is globally unique). */
  findByHash(tokenHash: string): Promise<RefreshTokenRecord | null>;
  insert(token: NewRefreshToken): Promise<void>;
  /**
   * Marks `spentId` used and stores its successor, atomically. False when the token was already used or revoked
   * by the time of the update (a concurrent refresh won): the caller treats that as reuse.
   */
  rotate(orgId: string, spentId: string, successor: NewRefreshToken, now: Date): Promise<boolean>;
  /** Revokes every live token of the family; returns how many were live. */
  revokeFamily(orgId: string, familyId: string, now: Date): Promise<number>;
}

/** Security-relevant happenings. A log sink today; the audit trail (L1) plugs in here later. */
export type AuthEvent =
  | { action: 'login.succeeded'; orgId: string; userId: string }
  | { action: 'login.failed'; reason: 'bad_credentials' | 'disabled' }
  | { action: 'token.refreshed'; orgId: string; userId: string; familyId: string }
  | { action: 'token.reuse_detected'; orgId: string; userId: string; familyId: string }
  | { action: 'logout'; orgId: string; userId: string; familyId: string }
  | { action: 'role.changed'; orgId: string; actorId: string; userId: string; from: Role; to: Role }
  | { action: 'authorization.denied'; orgId: string; actorId: string; operation: string };

export interface RequestInfo {
  requestId?: string;
  ip?: string;
  userAgent?: string;
}

export interface AuditSink {
  record(event: AuthEvent, request: RequestInfo): void | Promise<void>;
}

export type Clock = () => Date;
