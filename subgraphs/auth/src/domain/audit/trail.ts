/** The AuditSink of the product: every AuthEvent becomes an encoded, hash-chained row of its organization. */
import crypto from 'node:crypto';
import type { AuditSink, Clock } from '../model';
import { chainHash, GENESIS_HASH, type ChainedFields } from './chain';
import { encodeDetails, encodeOptional } from './encode';
import type { AuditStore } from './model';

/** Chain of events no tenant can be named for (a sign-in with an unknown email); readable by operators only. */
export const UNATTRIBUTED_ORG = '00000000-0000-0000-0000-000000000000';

export function createAuditTrail(deps: { store: AuditStore; clock: Clock }): AuditSink {
  return {
    async record(event, request) {
      const orgId = event.orgId ?? UNATTRIBUTED_ORG;
      const now = deps.clock();
      // An outbox delivery keeps when the action happened (never later than now: a reporter's clock may be ahead);
      // the chain's order stays the order of recording, and `recordedAt` says when that was.
      const at = event.occurredAt && event.occurredAt < now ? event.occurredAt : now;
      const details = event.occurredAt ? { ...event.details, recordedAt: now.toISOString() } : event.details;
      const build = (last: { seq: number; hash: string } | null) => {
        const row: ChainedFields = {
          id: event.id ?? crypto.randomUUID(),
          orgId,
          seq: (last?.seq ?? 0) + 1,
          actor: encodeOptional(event.actorId),
          action: event.action,
          target: encodeOptional(event.target),
          at,
          ip: encodeOptional(request.ip),
          userAgent: encodeOptional(request.userAgent),
          requestId: encodeOptional(request.requestId),
          details: encodeDetails(details),
        };
        const prevHash = last?.hash ?? GENESIS_HASH;
        return { ...row, prevHash, hash: chainHash(prevHash, row) };
      };
      await deps.store.append(orgId, build, event.id ? { onceId: event.id } : undefined);
    },
  };
}
