/**
 * Delivers outbox rows to auth's trail: actions through the internal `recordAuditEvents`, refusals through
 * `recordAuthorizationDenials`, each row with its stable `eventId` (auth chains an id once and ignores it after, so
 * a retry after a lost answer never duplicates it), the time it happened and its own request's id, IP and user agent.
 */
import { MAX_ACTIONS_PER_REQUEST } from '../action-audit';
import { callSubgraph } from '../subgraph-client';
import type { AuditOutboxRow } from './table';

/** Sends rows of ONE organization and one kind (see `isDenialRow`); throws when auth did not take them all. */
export type AuditDelivery = (orgId: string, rows: AuditOutboxRow[]) => Promise<void>;

export const DENIAL_ACTION = 'authorization.denied';

/** How many rows one call carries: what auth accepts in one report. */
export const DELIVERY_BATCH = MAX_ACTIONS_PER_REQUEST;

export const isDenialRow = (row: Pick<AuditOutboxRow, 'action'>) => row.action === DENIAL_ACTION;

const RECORD_EVENTS = `mutation RecordAuditEvents($events: [AuditEventInput!]!) {
  recordAuditEvents(events: $events)
}`;

const RECORD_DENIALS = `mutation RecordAuthorizationDenials($denials: [AuthorizationDenialInput!]!) {
  recordAuthorizationDenials(denials: $denials)
}`;

function origin(row: AuditOutboxRow) {
  return { eventId: row.id, occurredAt: row.occurredAt.toISOString(), requestId: row.requestId, ip: row.ip, userAgent: row.userAgent };
}

function eventInput(row: AuditOutboxRow) {
  return { ...origin(row), action: row.action, actorId: row.actorId, target: row.target, detailsJson: JSON.stringify(row.details), apiTokenId: row.apiTokenId };
}

function denialInput(row: AuditOutboxRow, subgraph: string) {
  const d = row.details;
  return {
    ...origin(row),
    actorId: row.actorId,
    field: String(d.field ?? ''),
    operation: typeof d.operation === 'string' ? d.operation : null,
    target: row.target,
    reason: typeof d.reason === 'string' ? d.reason : null,
    subgraph,
    apiTokenId: row.apiTokenId,
    count: typeof d.count === 'number' ? d.count : 1,
  };
}

export function authAuditDelivery(opts: { authUrl: string; internalSecret: string; subgraph: string; timeoutMs?: number }): AuditDelivery {
  return async (orgId, rows) => {
    const denials = rows.every(isDenialRow);
    if (!denials && rows.some(isDenialRow)) throw new Error('a delivery carries one kind of row');
    await callSubgraph(
      opts.authUrl,
      denials ? RECORD_DENIALS : RECORD_EVENTS,
      denials ? { denials: rows.map((r) => denialInput(r, opts.subgraph)) } : { events: rows.map(eventInput) },
      { viewer: { kind: 'service', service: opts.subgraph, orgId }, internalSecret: opts.internalSecret, signal: AbortSignal.timeout(opts.timeoutMs ?? 5_000) },
    );
  };
}
