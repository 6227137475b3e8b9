/**
 * Google identities and the invitation link. `findBySub` and `findPendingInvitation` run before the caller is
 * known (like the password sign-in lookup); every write is scoped by the organization of the row found.
 */
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Database } from '@cspmexa/server-kit';
import type { GoogleIdentityStore, PendingInvitation, VerifiedGoogleAccount } from '../google/model';
import { googleIdentities, invitations, users } from './schema';

const identityValues = (orgId: string, userId: string, account: VerifiedGoogleAccount) => ({
  orgId,
  userId,
  sub: account.sub,
  email: account.email,
  hostedDomain: account.hostedDomain,
});

export function createGoogleIdentityStore(db: Database): GoogleIdentityStore {
  return {
    async findBySub(sub) {
      const [row] = await db.select().from(googleIdentities).where(eq(googleIdentities.sub, sub)).limit(1);
      return row ?? null;
    },

    async touch(orgId, identityId, now) {
      await db
        .update(googleIdentities)
        .set({ lastLoginAt: now })
        .where(and(eq(googleIdentities.orgId, orgId), eq(googleIdentities.id, identityId)));
    },

    async findPendingInvitation(email) {
      const [row] = await db
        .select({ id: invitations.id, orgId: invitations.orgId, userId: invitations.userId, email: invitations.email, role: invitations.role })
        .from(invitations)
        .where(and(eq(invitations.email, email), isNull(invitations.acceptedAt)))
        .orderBy(asc(invitations.createdAt))
        .limit(1);
      return row ?? null;
    },

    async linkInvitedUser(invitation: PendingInvitation, account, now) {
      return db.transaction(async (tx) => {
        const accepted = await tx
          .update(invitations)
          .set({ acceptedAt: now })
          .where(and(eq(invitations.orgId, invitation.orgId), eq(invitations.id, invitation.id), isNull(invitations.acceptedAt)))
          .returning({ id: invitations.id });
        if (accepted.length === 0) return null;
        const linked = await tx
          .insert(googleIdentities)
          .values({ ...identityValues(invitation.orgId, invitation.userId, account), lastLoginAt: now })
          .onConflictDoNothing()
          .returning({ id: googleIdentities.id });
        // Either unique key taken: roll back the acceptance too, so the invitation stays open for its owner.
        if (linked.length === 0) throw new LinkConflict();
        const [user] = await tx
          .update(users)
          .set({ displayName: sql`case when ${users.displayName} = ${users.email} then ${account.displayName} else ${users.displayName} end` })
          .where(and(eq(users.orgId, invitation.orgId), eq(users.id, invitation.userId)))
          .returning();
        return user ?? null;
      }).catch((err: unknown) => {
        if (err instanceof LinkConflict) return null;
        throw err;
      });
    },

    async provisionUser(orgId, account) {
      return db.transaction(async (tx) => {
        const [user] = await tx
          .insert(users)
          .values({ orgId, email: account.email, passwordHash: null, role: 'ANALYST', displayName: account.displayName })
          .onConflictDoNothing({ target: [users.orgId, users.email] })
          .returning();
        if (!user) return null;
        const linked = await tx.insert(googleIdentities).values(identityValues(orgId, user.id, account)).onConflictDoNothing().returning({ id: googleIdentities.id });
        if (linked.length === 0) throw new LinkConflict();
        return user;
      }).catch((err: unknown) => {
        if (err instanceof LinkConflict) return null;
        throw err;
      });
    },
  };
}

/** Thrown inside a transaction to roll it back when a concurrent sign-in linked first. */
class LinkConflict extends Error {}
