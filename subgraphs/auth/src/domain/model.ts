/**
 * What the auth domain works with, and the stores it needs. The domain depends on these interfaces only; the
 * drizzle implementations live in ../db and the unit tests use in-memory ones.
 */
import { auditActionsBySubgraph, type ReportedAuditAction, type Role } from '@cspmexa/server-kit';

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
  /** The family's authentication methods (RFC 8176 `amr`, e.g. `pwd`, `otp`, `mfa`); every refresh keeps them. */
  amr: string[];
  expiresAt: Date;
  usedAt: Date | null;
  revokedAt: Date | null;
}

export interface NewRefreshToken {
  orgId: string;
  userId: string;
  familyId: string;
  tokenHash: string;
  amr: string[];
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
  /** Sets `disabled` and bumps the token version (J5); null when no such user. */
  setDisabled(orgId: string, userId: string, disabled: boolean): Promise<UserRecord | null>;
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

/**
 * A security-relevant happening, written to the audit trail (L1). `orgId` null: not attributable to a tenant (a
 * sign-in attempt with an unknown email). Details are small flat values; they are encoded before storage.
 */
export interface AuthEvent {
  action: AuditAction;
  orgId: string | null;
  /** Who did it: a user id, or null when nobody is signed in yet. */
  actorId?: string | null;
  /** What it was done to: a user id, an API token id, an email. */
  target?: string | null;
  details?: Record<string, string | number | boolean | null>;
  /**
   * The entry's id when another subgraph's audit outbox chose it: the trail writes an id once and ignores it after
   * (a repeated delivery). A fresh id otherwise.
   */
  id?: string;
  /** When it happened, if before it is recorded (a delivery from an outbox); the time of recording otherwise. */
  occurredAt?: Date;
}

/**
 * Auth's own action names; every name of the trail (these and the other subgraphs' `recordAuditEvents`) is listed
 * in server-kit's `auditActionsBySubgraph`.
 */
export const auditActions = auditActionsBySubgraph.auth;
export type AuditAction = (typeof auditActions)[number] | ReportedAuditAction;

export interface RequestInfo {
  requestId?: string;
  ip?: string;
  userAgent?: string;
}

export interface AuditSink {
  record(event: AuthEvent, request: RequestInfo): void | Promise<void>;
}

/** Tells caches elsewhere (the gateway) that a user's access changed, so they drop it at once (J5). */
export type UserChangeNotifier = (orgId: string, userId: string) => Promise<void>;

export type Clock = () => Date;
