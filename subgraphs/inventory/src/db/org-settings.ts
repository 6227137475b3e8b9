import { eq } from 'drizzle-orm';
import type { Database } from '@cspmexa/server-kit';
import { orgSettings } from './schema';

/**
 * The org's ExternalId, created on first need. Insert-or-ignore then read, so that two first requests racing
 * each other end up with the same value.
 */
export async function getOrCreateExternalId(db: Database, orgId: string, generate: () => string): Promise<string> {
  const existing = await db.select({ externalId: orgSettings.externalId }).from(orgSettings).where(eq(orgSettings.orgId, orgId));
  if (existing[0]) return existing[0].externalId;
  await db.insert(orgSettings).values({ orgId, externalId: generate() }).onConflictDoNothing({ target: orgSettings.orgId });
  const [row] = await db.select({ externalId: orgSettings.externalId }).from(orgSettings).where(eq(orgSettings.orgId, orgId));
  if (!row) throw new Error('org settings row missing after insert');
  return row.externalId;
}
