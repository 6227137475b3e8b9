/** What the audit trail stores and the store it needs (drizzle in ../../db/audit-events.ts). */

export interface AuditEntry {
  id: string;
  orgId: string;
  /** Position in the organization's chain, starting at 1. */
  seq: number;
  actor: string | null;
  action: string;
  target: string | null;
  at: Date;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
  details: Record<string, unknown>;
  prevHash: string;
  hash: string;
}

/** The end of an organization's chain: what the next entry links to. */
export type AuditLink = Pick<AuditEntry, 'seq' | 'hash'>;

export interface AuditFilter {
  actions?: string[] | null;
  actorId?: string | null;
  target?: string | null;
  since?: Date | null;
  until?: Date | null;
}

export interface AuditStore {
  /**
   * Appends one entry to the organization's chain. Appends of one organization are serialized (a transaction-scoped
   * advisory lock), so `build` always sees the true end of the chain and the chain stays linear. With `onceId`,
   * nothing is appended (null) when an entry of that id is already in the trail.
   */
  append(orgId: string, build: (last: AuditLink | null) => AuditEntry, opts?: { onceId?: string }): Promise<AuditEntry | null>;
  /** Newest first; `beforeSeq` is the cursor. Up to `limit + 1` rows. */
  list(orgId: string, filter: AuditFilter, page: { limit: number; beforeSeq: number | null }): Promise<{ rows: AuditEntry[]; totalCount: number }>;
  /** The chain in order, `limit` entries after `afterSeq`. */
  chainAfter(orgId: string, afterSeq: number, limit: number): Promise<AuditEntry[]>;
}
