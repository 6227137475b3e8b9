/**
 * The other subgraphs' security-relevant actions (L1: accounts, scans, mutes, exports, notification rules), as
 * `serveSubgraph` reports what their resolvers noted on `ctx.audit`, through the internal `recordAuditEvents`
 * mutation (service viewers only). Each becomes one entry of the service viewer's organization with the user
 * request's IP, user agent and request id. A subgraph may report only its own action names (server-kit's
 * `auditActionsBySubgraph`), so it cannot forge a sign-in or a role change.
 */
import { AppError, isAuditActionOf, MAX_ACTIONS_PER_REQUEST, requireService, type AuditDetailValue, type ReportedAuditAction, type Viewer } from '@cspmexa/server-kit';
import type { AuditSink, RequestInfo } from '../model';
import { checkOrigin, originOf, type ReportOrigin } from './report-origin';

export interface ReportedAuditEvent extends ReportOrigin {
  action: string;
  actorId?: string | null;
  target?: string | null;
  /** A JSON object of flat values (JSON stays an output-only scalar of the API). */
  detailsJson: string;
  apiTokenId?: string | null;
}

const MAX_DETAIL_KEYS = 20;

function isFlatValue(value: unknown): value is AuditDetailValue {
  return value === null || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
}

function parseDetails(text: string): Record<string, AuditDetailValue> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new AppError('BAD_USER_INPUT', 'Audit details must be JSON.', { field: 'detailsJson' });
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new AppError('BAD_USER_INPUT', 'Audit details must be an object.', { field: 'detailsJson' });
  const entries = Object.entries(value);
  if (entries.length > MAX_DETAIL_KEYS || !entries.every(([, v]) => isFlatValue(v))) {
    throw new AppError('BAD_USER_INPUT', `Audit details are at most ${MAX_DETAIL_KEYS} flat values.`, { field: 'detailsJson' });
  }
  return value as Record<string, AuditDetailValue>;
}

export async function recordReportedActions(audit: AuditSink, viewer: Viewer | null, events: readonly ReportedAuditEvent[], request: RequestInfo): Promise<number> {
  const service = requireService(viewer);
  if (events.length > MAX_ACTIONS_PER_REQUEST) throw new AppError('BAD_USER_INPUT', `At most ${MAX_ACTIONS_PER_REQUEST} actions per report.`, { field: 'events' });
  // Everything is checked before the first entry is written, so a bad report writes nothing.
  const checked = events.map((e) => {
    if (!isAuditActionOf(service.service, e.action)) throw new AppError('BAD_USER_INPUT', `${service.service} does not record ${e.action}.`, { field: 'action' });
    checkOrigin(e);
    return { ...e, action: e.action as ReportedAuditAction, details: parseDetails(e.detailsJson) };
  });
  for (const e of checked) {
    const origin = originOf(e, request);
    await audit.record(
      {
        ...origin.event,
        action: e.action,
        orgId: service.orgId,
        actorId: e.actorId ?? null,
        target: e.target ?? null,
        details: { ...e.details, subgraph: service.service, apiTokenId: e.apiTokenId ?? null },
      },
      origin.request,
    );
  }
  return checked.length;
}
