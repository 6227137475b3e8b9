/**
 * Denied authorizations (L1), as `serveSubgraph`'s audit plugin reports them: auth's own straight into the trail,
 * the other subgraphs' through the internal `recordAuthorizationDenials` mutation (service viewers only). One
 * `authorization.denied` entry per refused field and request, with the request's IP, user agent and request id.
 */
import { AppError, requireService, type AuthorizationDenial, type DenialSink, type Viewer } from '@cspmexa/server-kit';
import type { AuditSink, RequestInfo } from '../model';
import { checkOrigin, originOf, type ReportOrigin } from './report-origin';

export type ReportedDenial = Omit<AuthorizationDenial, 'orgId'> & ReportOrigin;

/** More than the plugin ever sends for one request (it caps at 20): anything bigger is not a real report. */
const MAX_PER_REPORT = 50;

async function recordDenials(audit: AuditSink, orgId: string, denials: readonly ReportedDenial[], request: RequestInfo): Promise<number> {
  for (const d of denials) {
    const origin = originOf(d, request);
    await audit.record(
      {
        ...origin.event,
        action: 'authorization.denied',
        orgId,
        actorId: d.actorId,
        target: d.target,
        details: { field: d.field, operation: d.operation, reason: d.reason, subgraph: d.subgraph, apiTokenId: d.apiTokenId, count: d.count },
      },
      origin.request,
    );
  }
  return denials.length;
}

/** The internal mutation: a subgraph reports the denials of one user request, in its service viewer's org. */
export async function recordReportedDenials(audit: AuditSink, viewer: Viewer | null, denials: readonly ReportedDenial[], request: RequestInfo): Promise<number> {
  const service = requireService(viewer);
  if (!service.orgId) throw new AppError('BAD_USER_INPUT', 'Denials are recorded in an organization.');
  if (denials.length > MAX_PER_REPORT) throw new AppError('BAD_USER_INPUT', `At most ${MAX_PER_REPORT} denials per report.`, { field: 'denials' });
  denials.forEach(checkOrigin);
  return recordDenials(audit, service.orgId, denials, request);
}

/** Auth's own sink: no HTTP hop to itself. */
export function auditTrailDenialSink(audit: AuditSink): DenialSink {
  return async (denials, request) => {
    for (const { orgId, ...denial } of denials) await recordDenials(audit, orgId, [denial], request);
  };
}
