/** Integrators' API tokens as stored (drizzle in ../../db/api-tokens.ts). */
import type { ApiTokenScope } from '@cspmexa/server-kit';

export interface ApiTokenRecord {
  id: string;
  orgId: string;
  userId: string;
  name: string;
  scope: ApiTokenScope;
  /** Created from a session that passed MFA (M5). */
  mfa: boolean;
  expiresAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  createdAt: Date;
}

export interface ApiTokenStore {
  insert(token: Omit<ApiTokenRecord, 'id' | 'lastUsedAt' | 'revokedAt' | 'createdAt'> & { tokenHash: string }): Promise<ApiTokenRecord>;
  /** The owner's tokens, newest first. */
  listByOwner(orgId: string, userId: string): Promise<ApiTokenRecord[]>;
  findById(orgId: string, id: string): Promise<ApiTokenRecord | null>;
  revoke(orgId: string, id: string, now: Date): Promise<ApiTokenRecord | null>;
  /** Lookup by hash before the caller is known (the gateway authenticating a request); the hash is unique. */
  findByHashForAuthentication(tokenHash: string): Promise<ApiTokenRecord | null>;
  touch(orgId: string, id: string, now: Date): Promise<void>;
}
