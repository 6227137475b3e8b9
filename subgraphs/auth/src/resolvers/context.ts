import type { SubgraphContext } from '@cspmexa/server-kit';
import type { RequestInfo } from '../domain/model';

/** What the domain's audit needs to know about the request. */
export function requestInfo(ctx: SubgraphContext): RequestInfo {
  return { requestId: ctx.requestId, ip: ctx.ip, userAgent: ctx.userAgent };
}
