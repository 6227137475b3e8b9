/** Reading the audit trail (ADMIN): a filtered page, and verification of the organization's chain. */
import { allAuditActions, AppError, decodeCursor, pageSize, toConnection, type Connection, type Viewer } from '@cspmexa/server-kit';
import { authorizeAdmin, type AccessDeps } from '../access';
import { firstBrokenLink, GENESIS_HASH } from './chain';
import type { AuditEntry, AuditFilter, AuditStore } from './model';

export interface AuditQueryDeps extends AccessDeps {
  auditStore: AuditStore;
}

const VERIFY_BATCH = 500;

export async function listAuditEvents(
  deps: AuditQueryDeps,
  viewer: Viewer | null,
  args: { filter?: AuditFilter | null; first?: number | null; after?: string | null },
): Promise<Connection<AuditEntry>> {
  const admin = await authorizeAdmin(deps, viewer, { identityAdministration: false });
  const limit = pageSize(args.first);
  const cursor = decodeCursor(args.after);
  const beforeSeq = cursor ? Number(cursor[0]) : null;
  if (beforeSeq !== null && !Number.isInteger(beforeSeq)) throw new AppError('BAD_USER_INPUT', 'Invalid `after` cursor.', { field: 'after' });
  const page = await deps.auditStore.list(admin.orgId, args.filter ?? {}, { limit, beforeSeq });
  return toConnection(page.rows, limit, page.totalCount, (e) => [e.seq]);
}

export interface AuditChainVerification {
  ok: boolean;
  /** The first entry whose link or content does not verify; null when the chain is intact. */
  firstBrokenId: string | null;
  /** Entries checked before stopping. */
  checkedCount: number;
}

/** Walks one organization's chain from its start; stops at the first broken link (L2). */
export async function verifyChain(store: AuditStore, orgId: string): Promise<AuditChainVerification> {
  let previous = { seq: 0, hash: GENESIS_HASH };
  let checkedCount = 0;
  for (;;) {
    const batch = await store.chainAfter(orgId, previous.seq, VERIFY_BATCH);
    const broken = firstBrokenLink(batch, previous);
    if (broken) return { ok: false, firstBrokenId: broken, checkedCount: checkedCount + batch.findIndex((e) => e.id === broken) };
    checkedCount += batch.length;
    const last = batch.at(-1);
    if (!last || batch.length < VERIFY_BATCH) return { ok: true, firstBrokenId: null, checkedCount };
    previous = last;
  }
}

export async function verifyAuditChain(deps: AuditQueryDeps, viewer: Viewer | null): Promise<AuditChainVerification> {
  const admin = await authorizeAdmin(deps, viewer, { identityAdministration: false });
  return verifyChain(deps.auditStore, admin.orgId);
}

/** The names the audit log's filter offers: every subgraph's, from the one list in server-kit. */
export async function listAuditActions(deps: AuditQueryDeps, viewer: Viewer | null): Promise<readonly string[]> {
  await authorizeAdmin(deps, viewer, { identityAdministration: false });
  return allAuditActions;
}
