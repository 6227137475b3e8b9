/** Organization queries. */
import { eq } from 'drizzle-orm';
import type { Database } from '@cspmexa/server-kit';
import type { Organization, OrganizationStore } from '../domain/model';
import { organizations } from './schema';

export function createOrganizationStore(db: Database): OrganizationStore {
  const findBySlug = async (slug: string): Promise<Organization | null> =>
    (await db.select().from(organizations).where(eq(organizations.slug, slug)).limit(1))[0] ?? null;

  return {
    async findById(orgId) {
      return (await db.select().from(organizations).where(eq(organizations.id, orgId)).limit(1))[0] ?? null;
    },
    async ensure(slug, name) {
      await db.insert(organizations).values({ slug, name }).onConflictDoNothing({ target: organizations.slug });
      const org = await findBySlug(slug);
      if (!org) throw new Error(`organization ${slug} missing right after its insert`);
      return org;
    },
  };
}
