/**
 * Denied authorization is audited (L1) in every subgraph by one mechanism: this Apollo Server plugin notes each
 * field that ended FORBIDDEN for a signed-in caller, and before the response leaves hands them to a sink that
 * writes auth's audit trail (auth's own trail directly, the other subgraphs through auth's internal
 * `recordAuthorizationDenials`). The caller gets FORBIDDEN whether or not the entry is written; an entry that
 * cannot be written is logged as an error with everything it would have said, never dropped silently.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from './logger';
import { callSubgraph } from './subgraph-client';
import type { RequestMeta } from './tokens';
import type { Viewer } from './viewer';

export interface AuthorizationDenial {
  orgId: string;
  actorId: string;
  /** Schema coordinate of the refused field, e.g. `Mutation.deleteMuteRule` or `Query.onboarding`. */
  field: string;
  /** The operation's name as sent to the subgraph (the client's, or the gateway's query plan name); null if anonymous. */
  operation: string | null;
  /** What was acted on: an id argument of the field, or the id of the object the field belongs to. */
  target: string | null;
  /** `extensions.reason` of the refusal (NOT_ADMIN, MFA_REQUIRED...). */
  reason: string | null;
  subgraph: string;
  /** The API token the caller used, if any. */
  apiTokenId: string | null;
  /** How many times this field was refused in the request (aliases); one entry stands for all of them. */
  count: number;
}

/** Writes denials to the audit trail; throws when it could not. */
export type DenialSink = (denials: AuthorizationDenial[], request: RequestMeta) => Promise<void>;

interface AuditedContext extends RequestMeta {
  viewer: Viewer | null;
  logger: Logger;
}

/** One request cannot flood the trail: aliases of one field collapse into one entry, distinct fields are capped. */
const MAX_ENTRIES_PER_REQUEST = 20;

function isForbidden(error: unknown): boolean {
  return (error as { extensions?: { code?: unknown } } | null)?.extensions?.code === 'FORBIDDEN';
}

function targetOf(args: Record<string, unknown>, source: unknown): string | null {
  for (const [name, value] of Object.entries(args)) {
    if ((name === 'id' || name.endsWith('Id')) && (typeof value === 'string' || typeof value === 'number')) return String(value);
  }
  if (Array.isArray(args.ids)) return args.ids.filter((id) => typeof id === 'string').slice(0, 10).join(',') || null;
  const id = (source as { id?: unknown } | null | undefined)?.id;
  return typeof id === 'string' ? id : null;
}

export function authorizationAuditPlugin(opts: { subgraph: string; sink: DenialSink }): ApolloServerPlugin<AuditedContext> {
  return {
    async requestDidStart() {
      const denials = new Map<string, AuthorizationDenial>();
      let dropped = 0;
      return {
        async executionDidStart({ contextValue }) {
          // Only signed-in users' refusals are audited: service calls (e.g. a scan snapshot of thousands of
          // resources) skip the per-field hook altogether.
          if (contextValue.viewer?.kind !== 'user') return;
          return {
            willResolveField({ source, args, contextValue, info }) {
              return (error) => {
                const viewer = contextValue.viewer;
                if (!isForbidden(error) || viewer?.kind !== 'user') return;
                const field = `${info.parentType.name}.${info.fieldName}`;
                const target = targetOf(args, source);
                const reason = (error as unknown as { extensions: Record<string, unknown> }).extensions.reason;
                const key = JSON.stringify([field, target, reason]);
                const seen = denials.get(key);
                if (seen) {
                  seen.count += 1;
                  return;
                }
                if (denials.size >= MAX_ENTRIES_PER_REQUEST) {
                  dropped += 1;
                  return;
                }
                denials.set(key, {
                  orgId: viewer.orgId,
                  actorId: viewer.userId,
                  field,
                  operation: info.operation.name?.value ?? null,
                  target,
                  reason: typeof reason === 'string' ? reason : null,
                  subgraph: opts.subgraph,
                  apiTokenId: viewer.apiToken?.id ?? null,
                  count: 1,
                });
              };
            },
          };
        },
        async willSendResponse({ contextValue }) {
          if (denials.size === 0) return;
          const entries = [...denials.values()];
          const request = { requestId: contextValue.requestId, ip: contextValue.ip, userAgent: contextValue.userAgent };
          if (dropped > 0) contextValue.logger.warn({ dropped, requestId: request.requestId }, 'authorization denials beyond the per-request cap were not audited one by one');
          try {
            await opts.sink(entries, request);
          } catch (err) {
            // The refusal itself stands; what must not happen is losing the record without a trace.
            contextValue.logger.error({ err, denials: entries, requestId: request.requestId, ip: request.ip }, 'authorization denial could not be written to the audit trail');
          }
        },
      };
    },
  };
}

const RECORD_DENIALS = `mutation RecordAuthorizationDenials($denials: [AuthorizationDenialInput!]!) {
  recordAuthorizationDenials(denials: $denials)
}`;

/** The sink of subgraphs other than auth: one service call to auth per request, carrying the user request's meta. */
export function auditServiceSink(opts: { authUrl: string; internalSecret: string; subgraph: string }): DenialSink {
  return async (denials, request) => {
    // A request has one viewer, hence one organization; grouping keeps that true if it ever changes.
    const byOrg = new Map<string, AuthorizationDenial[]>();
    for (const d of denials) byOrg.set(d.orgId, [...(byOrg.get(d.orgId) ?? []), d]);
    for (const [orgId, entries] of byOrg) {
      await callSubgraph(
        opts.authUrl,
        RECORD_DENIALS,
        { denials: entries.map(({ orgId: _org, ...entry }) => entry) },
        { viewer: { kind: 'service', service: opts.subgraph, orgId }, internalSecret: opts.internalSecret, meta: request, signal: AbortSignal.timeout(5_000) },
      );
    }
  };
}
