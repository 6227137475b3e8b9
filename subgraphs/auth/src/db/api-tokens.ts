/** API token queries; every one but the gateway's authentication lookup is scoped by organization. */
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Database } from '@cspmexa/server-kit';
import type { ApiTokenStore } from '../domain/api-tokens/model';
import { apiTokens } from './schema';

const columns = {
  id: apiTokens.id,
  orgId: apiTokens.orgId,
  userId: apiTokens.userId,
  name: apiTokens.name,
  scope: apiTokens.scope,
  mfa: apiTokens.mfa,
  expiresAt: apiTokens.expiresAt,
  lastUsedAt: apiTokens.lastUsedAt,
  revokedAt: apiTokens.revokedAt,
  createdAt: apiTokens.createdAt,
};

export function createApiTokenStore(db: Database): ApiTokenStore {
  const inOrg = (orgId: string, id: string) => and(eq(apiTokens.orgId, orgId), eq(apiTokens.id, id));
  return {
    async insert(token) {
      const [row] = await db.insert(apiTokens).values(token).returning(columns);
      return row!;
    },
    async listByOwner(orgId, userId) {
      return db
        .select(columns)
        .from(apiTokens)
        .where(and(eq(apiTokens.orgId, orgId), eq(apiTokens.userId, userId)))
        .orderBy(desc(apiTokens.createdAt), desc(apiTokens.id))
        .limit(100);
    },
    async findById(orgId, id) {
      return (await db.select(columns).from(apiTokens).where(inOrg(orgId, id)).limit(1))[0] ?? null;
    },
    async revoke(orgId, id, now) {
      const [row] = await db.update(apiTokens).set({ revokedAt: now }).where(and(inOrg(orgId, id), isNull(apiTokens.revokedAt))).returning(columns);
      return row ?? null;
    },
    async findByHashForAuthentication(tokenHash) {
      return (await db.select(columns).from(apiTokens).where(eq(apiTokens.tokenHash, tokenHash)).limit(1))[0] ?? null;
    },
    async touch(orgId, id, now) {
      await db.update(apiTokens).set({ lastUsedAt: now }).where(inOrg(orgId, id));
    },
  };
}
