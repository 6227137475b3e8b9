/**
 * The hash chain (L2): each entry's hash is sha256(prev_hash || canonical row), the first entry links to a
 * genesis hash. Changing, removing or reordering any stored entry changes a hash that a later entry (or the
 * recomputation) no longer matches, so `firstBrokenLink` finds it.
 */
import crypto from 'node:crypto';
import type { AuditEntry } from './model';

export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted at every level: the same value always gives the same text (jsonb reorders keys). */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export type ChainedFields = Omit<AuditEntry, 'prevHash' | 'hash'>;

export function canonicalRow(e: ChainedFields): string {
  return canonicalJson({
    id: e.id,
    orgId: e.orgId,
    seq: e.seq,
    actor: e.actor,
    action: e.action,
    target: e.target,
    at: e.at.toISOString(),
    ip: e.ip,
    userAgent: e.userAgent,
    requestId: e.requestId,
    details: e.details,
  });
}

export function chainHash(prevHash: string, row: ChainedFields): string {
  return crypto.createHash('sha256').update(prevHash).update('\n').update(canonicalRow(row)).digest('hex');
}

/** The id of the first entry that does not link to its predecessor or whose content changed; null when intact. */
export function firstBrokenLink(entries: AuditEntry[], previous: { seq: number; hash: string }): string | null {
  let prev = previous;
  for (const entry of entries) {
    const intact = entry.seq === prev.seq + 1 && entry.prevHash === prev.hash && entry.hash === chainHash(entry.prevHash, entry);
    if (!intact) return entry.id;
    prev = entry;
  }
  return null;
}
