/**
 * Who did what (L1) outside auth: a subgraph's resolvers record each security-relevant action on the request's
 * `AuditRecorder` (`ctx.audit`) once the domain call has succeeded, i.e. its writes are committed. The recorder
 * writes it at once to a sink with the actor, organization and API token of the request's viewer and the request's
 * id, IP and user agent; the sink of inventory, findings and notifications is their audit outbox (a row in their
 * own database, ./audit-outbox), drained into auth's trail through its internal `recordAuditEvents`.
 *
 * Failure semantics (docs/CONTRACTS.md): the action is committed first and is never undone because its entry could
 * not be written; the sink write is tried `delaysMs.length + 1` times, and an entry still not written is logged at
 * error level with everything it would have said. A refused action throws before it is recorded, so it leaves only
 * its `authorization.denied` entry.
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
  /**
   * Writes an action that has happened to the sink at once (with the outbox sink: a row committed in the subgraph's
   * own database right after the action's commit). Never throws: an entry that cannot be written is logged.
   */
  record(action: AuditedAction): Promise<void>;
  readonly recorded: readonly AuditedAction[];
}

/** What the sink receives: the note plus who acted. */
export interface ReportedAction extends AuditedAction {
  actorId: string | null;
  apiTokenId: string | null;
}

/** Writes actions of one request to the organization's trail (or durably queues them for it); throws when it could not. */
export type ActionSink = (orgId: string, actions: ReportedAction[], request: RequestMeta) => Promise<void>;

/** More than a request of the product ever records; a runaway loop must not flood the trail. */
export const MAX_ACTIONS_PER_REQUEST = 20;

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface RecorderBinding {
  sink: ActionSink;
  viewer: Viewer | null;
  request: RequestMeta;
  logger: Logger;
  /** Waits between attempts of a failed write; `delaysMs.length + 1` attempts in all. */
  delaysMs?: readonly number[];
}

/** A recorder that only keeps notes (unit tests); bound, it writes each one through to the sink. */
export function createAuditRecorder(binding?: RecorderBinding): AuditRecorder {
  const recorded: AuditedAction[] = [];
  return {
    recorded,
    async record(note) {
      recorded.push(note);
      if (binding) await writeThrough(binding, note, recorded.length);
    },
  };
}

async function writeThrough(b: RecorderBinding, note: AuditedAction, position: number): Promise<void> {
  const { viewer, request, logger } = b;
  if (position > MAX_ACTIONS_PER_REQUEST) {
    logger.warn({ action: note.action, requestId: request.requestId }, 'audited action beyond the per-request cap was not written');
    return;
  }
  const action: ReportedAction = {
    ...note,
    actorId: viewer?.kind === 'user' ? viewer.userId : null,
    apiTokenId: viewer?.kind === 'user' ? (viewer.apiToken?.id ?? null) : null,
  };
  if (!viewer) {
    logger.error({ actions: [action], requestId: request.requestId }, 'audited actions without a viewer were not written to the audit trail');
    return;
  }
  const delays = b.delaysMs ?? [100, 500];
  for (let attempt = 0; ; attempt += 1) {
    try {
      await b.sink(viewer.orgId, [action], request);
      return;
    } catch (err) {
      const delay = delays[attempt];
      if (delay === undefined) {
        // The action stands (it is committed); the record of it must not vanish without a trace.
        logger.error({ err, orgId: viewer.orgId, actions: [action], requestId: request.requestId, ip: request.ip, userAgent: request.userAgent }, 'audited action could not be written to the audit trail');
        return;
      }
      logger.warn({ err, attempt: attempt + 1, requestId: request.requestId }, 'audit trail write failed; retrying');
      await wait(delay);
    }
  }
}

/**
 * Runs a mutation's domain call and records the action once it succeeded: a refusal or a failure throws before
 * anything is recorded. `describe` builds the entry from the result (ids the call created, counts).
 */
export async function audited<T>(ctx: { audit: AuditRecorder }, work: Promise<T>, describe: (result: T) => AuditedAction): Promise<T> {
  const result = await work;
  await ctx.audit.record(describe(result));
  return result;
}

interface RecordingContext extends RequestMeta {
  logger: Logger;
  audit: AuditRecorder;
}

/**
 * Before the response leaves, hands the request's recorded actions on for delivery (`settle`: the outbox delivers
 * the request's rows now if auth is up), so a caller reading the trail right after its action finds it there.
 */
export function actionAuditPlugin(opts: { settle?: (request: RequestMeta) => Promise<void> }): ApolloServerPlugin<RecordingContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue }) {
          if (contextValue.audit.recorded.length === 0 || !opts.settle) return;
          await opts.settle({ requestId: contextValue.requestId, ip: contextValue.ip, userAgent: contextValue.userAgent }).catch((err: unknown) => {
            contextValue.logger.warn({ err, requestId: contextValue.requestId }, 'audit entries stay queued for delivery');
          });
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
