/**
 * Who did what (L1) outside auth: a subgraph's resolvers note each security-relevant action on the request's
 * `AuditRecorder` (`ctx.audit`) once the domain call has succeeded, i.e. its writes are committed. Before the
 * response leaves, this plugin hands the notes to a sink with the actor, organization and API token of the
 * request's viewer and the request's id, IP and user agent; the sink of every subgraph but auth is one service call
 * to auth's internal `recordAuditEvents`, which chains them into the organization's trail.
 *
 * Failure semantics (docs/CONTRACTS.md): the action is committed first and is never undone because its entry could
 * not be written; the write is tried `delaysMs.length + 1` times, and an entry still not written is logged at error
 * level with everything it would have said. A refused action throws before it is noted, so it leaves only its
 * `authorization.denied` entry.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { ReportedAuditAction } from './audit-actions';
import type { Logger } from './logger';
import { callSubgraph } from './subgraph-client';
import type { RequestMeta } from './tokens';
import type { Viewer } from './viewer';

export type AuditDetailValue = string | number | boolean | null;

/** An action as a resolver notes it. */
export interface AuditedAction {
  action: ReportedAuditAction;
  /** What was acted on: the id of the account, scan, rule or export. */
  target: string | null;
  /** Small flat facts (what changed, counts). Never a secret: a key id at most by its last 4 characters. */
  details?: Record<string, AuditDetailValue>;
}

/** The request-scoped notebook in `SubgraphContext.audit`. */
export interface AuditRecorder {
  /** Notes an action that has happened; it is written to the audit trail before the response is sent. */
  record(action: AuditedAction): void;
  readonly recorded: readonly AuditedAction[];
}

/** What the sink receives: the note plus who acted. */
export interface ReportedAction extends AuditedAction {
  actorId: string | null;
  apiTokenId: string | null;
}

/** Writes one request's actions to the organization's trail; throws when it could not. */
export type ActionSink = (orgId: string, actions: ReportedAction[], request: RequestMeta) => Promise<void>;

/** More than a request of the product ever records; a runaway loop must not flood the trail. */
export const MAX_ACTIONS_PER_REQUEST = 20;

export function createAuditRecorder(): AuditRecorder {
  const recorded: AuditedAction[] = [];
  return {
    recorded,
    record(action) {
      recorded.push(action);
    },
  };
}

/**
 * Runs a mutation's domain call and notes the action once it succeeded: a refusal or a failure throws before
 * anything is noted. `describe` builds the entry from the result (ids the call created, counts).
 */
export async function audited<T>(ctx: { audit: AuditRecorder }, work: Promise<T>, describe: (result: T) => AuditedAction): Promise<T> {
  const result = await work;
  ctx.audit.record(describe(result));
  return result;
}

interface RecordingContext extends RequestMeta {
  viewer: Viewer | null;
  logger: Logger;
  audit: AuditRecorder;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function actionAuditPlugin(opts: { sink: ActionSink; delaysMs?: readonly number[] }): ApolloServerPlugin<RecordingContext> {
  const delays = opts.delaysMs ?? [100, 500];
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue }) {
          const { viewer, audit, logger } = contextValue;
          if (audit.recorded.length === 0) return;
          const request = { requestId: contextValue.requestId, ip: contextValue.ip, userAgent: contextValue.userAgent };
          const actions: ReportedAction[] = audit.recorded.slice(0, MAX_ACTIONS_PER_REQUEST).map((a) => ({
            ...a,
            actorId: viewer?.kind === 'user' ? viewer.userId : null,
            apiTokenId: viewer?.kind === 'user' ? (viewer.apiToken?.id ?? null) : null,
          }));
          if (!viewer) {
            logger.error({ actions, requestId: request.requestId }, 'audited actions without a viewer were not written to the audit trail');
            return;
          }
          if (audit.recorded.length > actions.length) logger.warn({ dropped: audit.recorded.length - actions.length, requestId: request.requestId }, 'audited actions beyond the per-request cap were not written');
          for (let attempt = 0; ; attempt += 1) {
            try {
              await opts.sink(viewer.orgId, actions, request);
              return;
            } catch (err) {
              const delay = delays[attempt];
              if (delay === undefined) {
                // The action stands (it is committed); the record of it must not vanish without a trace.
                logger.error({ err, orgId: viewer.orgId, actions, requestId: request.requestId, ip: request.ip, userAgent: request.userAgent }, 'audited action could not be written to the audit trail');
                return;
              }
              logger.warn({ err, attempt: attempt + 1, requestId: request.requestId }, 'audit trail write failed; retrying');
              await wait(delay);
            }
          }
        },
      };
    },
  };
}

const RECORD_EVENTS = `mutation RecordAuditEvents($events: [AuditEventInput!]!) {
  recordAuditEvents(events: $events)
}`;

/** The sink of the subgraphs other than auth: one service call to auth per request, with the user request's meta. */
export function actionServiceSink(opts: { authUrl: string; internalSecret: string; subgraph: string }): ActionSink {
  return async (orgId, actions, request) => {
    await callSubgraph(
      opts.authUrl,
      RECORD_EVENTS,
      { events: actions.map((a) => ({ action: a.action, actorId: a.actorId, target: a.target, detailsJson: JSON.stringify(a.details ?? {}), apiTokenId: a.apiTokenId })) },
      { viewer: { kind: 'service', service: opts.subgraph, orgId }, internalSecret: opts.internalSecret, meta: request, signal: AbortSignal.timeout(5_000) },
    );
  };
}
