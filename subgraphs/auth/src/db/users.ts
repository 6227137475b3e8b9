/** User queries. Every one but the sign-in lookup is scoped by organization here, not only by its callers. */
import { and, asc, count, eq, gt, or, sql } from 'drizzle-orm';
import type { Database } from '@cspmexa/server-kit';
import type { UserStore } from '../domain/model';
import { organizations, users } from './schema';

export function createUserStore(db: Database): UserStore {
  const inOrg = (orgId: string, userId: string) => and(eq(users.orgId, orgId), eq(users.id, userId));

  const store: UserStore = {
    async findByEmailForSignIn(email) {
      return db.select().from(users).where(eq(users.email, email)).orderBy(asc(users.createdAt), asc(users.id)).limit(10);
    },

    async findById(orgId, userId) {
      if (!isUuid(userId)) return null;
      return (await db.select().from(users).where(inOrg(orgId, userId)).limit(1))[0] ?? null;
    },

    async list(orgId, { limit, after }) {
      const afterCursor = after
        ? or(gt(users.createdAt, after.createdAt), and(eq(users.createdAt, after.createdAt), gt(users.id, after.id)))
        : undefined;
      const [rows, [total]] = await Promise.all([
        db
          .select()
          .from(users)
          .where(and(eq(users.orgId, orgId), afterCursor))
          .orderBy(asc(users.createdAt), asc(users.id))
          .limit(limit + 1),
        db.select({ n: count() }).from(users).where(eq(users.orgId, orgId)),
      ]);
      return { rows, totalCount: total?.n ?? 0 };
    },

    async insertIfAbsent(user) {
      const inserted = await db.insert(users).values(user).onConflictDoNothing({ target: [users.orgId, users.email] }).returning();
      return inserted[0] ?? null;
    },

    async anyExists() {
      return (await db.select({ id: users.id }).from(users).limit(1)).length > 0;
    },

    async countActiveAdmins(orgId) {
      const [row] = await db
        .select({ n: count() })
        .from(users)
        .where(and(eq(users.orgId, orgId), eq(users.role, 'ADMIN'), eq(users.disabled, false)));
      return row?.n ?? 0;
    },

    async setRole(orgId, userId, role) {
      const [row] = await db
        .update(users)
        .set({ role, tokenVersion: sql`${users.tokenVersion} + 1` })
        .where(inOrg(orgId, userId))
        .returning();
      return row ?? null;
    },

    async bumpTokenVersion(orgId, userId) {
      await db
        .update(users)
        .set({ tokenVersion: sql`${users.tokenVersion} + 1` })
        .where(inOrg(orgId, userId));
    },

    async setDisabled(orgId, userId, disabled) {
      const [row] = await db
        .update(users)
        .set({ disabled, tokenVersion: sql`${users.tokenVersion} + 1` })
        .where(inOrg(orgId, userId))
        .returning();
      return row ?? null;
    },

    async setPasswordHash(orgId, userId, passwordHash) {
      await db.update(users).set({ passwordHash }).where(inOrg(orgId, userId));
    },

    async withOrgLock(orgId, work) {
      return db.transaction(async (tx) => {
        await tx.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, orgId)).for('update');
        return work(createUserStore(tx as unknown as Database));
      });
    },
  };
  return store;
}

/** Ids come from clients: a malformed one is "not found", not a Postgres cast error surfacing as INTERNAL. */
function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
