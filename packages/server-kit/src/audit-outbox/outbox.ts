/**
 * A subgraph's durable audit delivery (L1): the sinks `serveSubgraph` writes actions and refusals to (rows of the
 * subgraph's own `audit_outbox`, committed in its database before the response is sent) and the drainer that
 * carries them to auth. See docs/CONTRACTS.md "Action audit" for what survives which failure.
 */
import crypto from 'node:crypto';
import type { ActionSink, AuditedAction, ReportedAction } from '../action-audit';
import type { AuthorizationDenial, DenialSink } from '../authorization-audit';
import type { Database } from '../db';
import type { Logger } from '../logger';
import type { RequestMeta } from '../tokens';
import { DENIAL_ACTION, type AuditDelivery } from './delivery';
import { createAuditOutboxDrainer, type AuditOutboxDrainer, type DrainerTuning } from './drainer';
import { createAuditOutboxStore, type NewAuditOutboxRow } from './store';
import type { AuditOutboxTable } from './table';

export interface AuditOutbox {
  /** Queues actions (durably: resolves once the rows are committed); the drainer delivers them. */
  actionSink: ActionSink;
  /** Queues a request's refusals and delivers them at once if auth is up. */
  denialSink: DenialSink;
  /** Queues an action the system did on its own (a scheduled scan): no actor, no request; the drainer is woken. */
  recordSystemAction(orgId: string, action: AuditedAction): Promise<void>;
  /** Delivers what a request queued before its response leaves (the trail is then current when the caller reads it). */
  settle(request: RequestMeta): Promise<void>;
  drainer: AuditOutboxDrainer;
}

export function createAuditOutbox(deps: { db: Database; table: AuditOutboxTable; deliver: AuditDelivery; logger: Logger; clock?: () => Date; tuning?: DrainerTuning }): AuditOutbox {
  const clock = deps.clock ?? (() => new Date());
  const store = createAuditOutboxStore(deps.db, deps.table);
  const drainer = createAuditOutboxDrainer({ store, deliver: deps.deliver, logger: deps.logger, clock, ...deps.tuning });
  const row = (orgId: string, request: Partial<RequestMeta>, entry: Pick<NewAuditOutboxRow, 'actorId' | 'apiTokenId' | 'action' | 'target' | 'details'>): NewAuditOutboxRow => {
    const now = clock();
    return { id: crypto.randomUUID(), orgId, requestId: request.requestId ?? null, ip: request.ip ?? null, userAgent: request.userAgent ?? null, occurredAt: now, nextAttemptAt: now, ...entry };
  };
  const fromAction = (orgId: string, request: Partial<RequestMeta>, a: ReportedAction) =>
    row(orgId, request, { actorId: a.actorId, apiTokenId: a.apiTokenId, action: a.action, target: a.target, details: a.details ?? {} });
  const fromDenial = (request: RequestMeta, d: AuthorizationDenial) =>
    row(d.orgId, request, { actorId: d.actorId, apiTokenId: d.apiTokenId, action: DENIAL_ACTION, target: d.target, details: { field: d.field, operation: d.operation, reason: d.reason, count: d.count } });
  const settle = (request: RequestMeta) => (request.requestId ? drainer.deliverRequest(request.requestId) : drainer.wake());
  return {
    actionSink: async (orgId, actions, request) => {
      await store.insert(actions.map((a) => fromAction(orgId, request, a)));
    },
    denialSink: async (denials, request) => {
      await store.insert(denials.map((d) => fromDenial(request, d)));
      await settle(request);
    },
    async recordSystemAction(orgId, action) {
      await store.insert([fromAction(orgId, {}, { ...action, actorId: null, apiTokenId: null })]);
      void drainer.wake();
    },
    settle,
    drainer,
  };
}
