/** The audit sink of the first cut: structured log lines. The audit trail issue swaps in an append-only table. */
import type { Logger } from '@cspmexa/server-kit';
import type { AuditSink } from './model';

export function createLogAuditSink(logger: Logger): AuditSink {
  return {
    record(event, request) {
      logger.info({ audit: event, requestId: request.requestId, ip: request.ip }, `auth ${event.action}`);
    },
  };
}
