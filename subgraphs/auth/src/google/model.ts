/** What Google sign-in works with, and the stores it needs (drizzle in ../db, scoped by organization). */
import type { Role } from '@cspmexa/server-kit';
import type { UserRecord } from '../domain/model';

/** A Google account as proven by the callback: ID token and userinfo agree on `sub`. */
export interface VerifiedGoogleAccount {
  sub: string;
  email: string;
  emailVerified: boolean;
  /** Google Workspace domain (`hd`); absent for consumer accounts. */
  hostedDomain: string | null;
  displayName: string;
}

export interface GoogleIdentityRecord {
  id: string;
  orgId: string;
  userId: string;
  sub: string;
  email: string;
}

export interface PendingInvitation {
  id: string;
  orgId: string;
  userId: string;
  email: string;
  role: Role;
}

export interface GoogleIdentityStore {
  /** Pre-authentication lookup by Google subject, across organizations (the `sub` is globally unique). */
  findBySub(sub: string): Promise<GoogleIdentityRecord | null>;
  touch(orgId: string, identityId: string, now: Date): Promise<void>;
  /** Pre-authentication lookup of an invitation not yet accepted, by normalized email. */
  findPendingInvitation(email: string): Promise<PendingInvitation | null>;
  /**
   * Links the account to the invited user and accepts the invitation, atomically. Null when the user already has
   * a Google identity or the `sub` is linked elsewhere (a concurrent sign-in won).
   */
  linkInvitedUser(invitation: PendingInvitation, account: VerifiedGoogleAccount, now: Date): Promise<UserRecord | null>;
  /** Creates an ANALYST with no password and its identity, atomically. Null when the email is taken meanwhile. */
  provisionUser(orgId: string, account: VerifiedGoogleAccount): Promise<UserRecord | null>;
}

export interface LoginCodeRecord {
  orgId: string;
  userId: string;
}

export interface LoginCodeStore {
  insert(code: { orgId: string; userId: string; codeHash: string; expiresAt: Date }): Promise<void>;
  /** Marks the code used if it is unused and unexpired (one conditional update); null otherwise. */
  spend(codeHash: string, now: Date): Promise<LoginCodeRecord | null>;
}

export interface SpentStateStore {
  /** Records the state as spent; false when it already was (a replayed callback). */
  spend(stateHash: string, expiresAt: Date): Promise<boolean>;
}
