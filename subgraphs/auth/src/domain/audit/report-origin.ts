/**
 * Where a reported entry comes from: a subgraph's audit outbox delivers entries of several user requests in one
 * call, each with its stable id, the time it happened and its own request's id, IP and user agent. Absent fields
 * fall back to the report's own request (a direct report of one request).
 */
import { AppError } from '@cspmexa/server-kit';
import type { RequestInfo } from '../model';

export interface ReportOrigin {
  eventId?: string | null;
  occurredAt?: Date | null;
  requestId?: string | null;
  ip?: string | null;
  userAgent?: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Checked before anything of the report is written: entry ids are the trail's ids (uuid). */
export function checkOrigin(o: ReportOrigin): void {
  if (o.eventId != null && !UUID.test(o.eventId)) throw new AppError('BAD_USER_INPUT', 'An audit event id is a UUID.', { field: 'eventId' });
}

export function originOf(o: ReportOrigin, request: RequestInfo): { event: { id?: string; occurredAt?: Date }; request: RequestInfo } {
  return {
    event: { ...(o.eventId ? { id: o.eventId.toLowerCase() } : {}), ...(o.occurredAt ? { occurredAt: o.occurredAt } : {}) },
    request: {
      ...((o.requestId ?? request.requestId) != null ? { requestId: (o.requestId ?? request.requestId)! } : {}),
      ...((o.ip ?? request.ip) != null ? { ip: (o.ip ?? request.ip)! } : {}),
      ...((o.userAgent ?? request.userAgent) != null ? { userAgent: (o.userAgent ?? request.userAgent)! } : {}),
    },
  };
}
