/** Invitations: the pending user and its invitation are written together, scoped by organization. */
import { and, desc, eq } from 'drizzle-orm';
import type { Database } from '@cspmexa/server-kit';
import type { InvitationStore } from '../domain/user-admin';
import { invitations, users } from './schema';

export function createInvitationStore(db: Database): InvitationStore {
  return {
    async invite(orgId, email, role, invitedBy) {
      return db.transaction(async (tx) => {
        const [user] = await tx
          .insert(users)
          .values({ orgId, email, passwordHash: null, role, displayName: email })
          .onConflictDoNothing({ target: [users.orgId, users.email] })
          .returning();
        if (!user) return null;
        const [invitation] = await tx.insert(invitations).values({ orgId, userId: user.id, email, role, invitedBy }).returning();
        return { user, invitation: invitation! };
      });
    },
    async list(orgId) {
      return db.select().from(invitations).where(and(eq(invitations.orgId, orgId))).orderBy(desc(invitations.createdAt)).limit(100);
    },
  };
}
