/**
 * Where a reported entry comes from: a subgraph's audit outbox delivers entries of several user requests in one
 * call, each with its stable id, the time it happened and its own request's id, IP and user agent. Fields left
 * out fall back to the report's own request (a direct report of one request).
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

/** A field given (even as null: a system action has no request) is the entry's; one left out is the report's. */
function pick(own: string | null | undefined, report: string | undefined): { value: string } | null {
  const value = own !== undefined ? own : report;
  return value == null ? null : { value };
}

export function originOf(o: ReportOrigin, request: RequestInfo): { event: { id?: string; occurredAt?: Date }; request: RequestInfo } {
  const requestId = pick(o.requestId, request.requestId);
  const ip = pick(o.ip, request.ip);
  const userAgent = pick(o.userAgent, request.userAgent);
  return {
    event: { ...(o.eventId ? { id: o.eventId.toLowerCase() } : {}), ...(o.occurredAt ? { occurredAt: o.occurredAt } : {}) },
    request: { ...(requestId ? { requestId: requestId.value } : {}), ...(ip ? { ip: ip.value } : {}), ...(userAgent ? { userAgent: userAgent.value } : {}) },
  };
}
