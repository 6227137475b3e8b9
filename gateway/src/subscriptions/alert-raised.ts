/**
 * The `alertRaised` stream of one subscriber: bus events of the subscriber's org whose severity reaches
 * `minSeverity`, each resolved by running the planned `alert(id)` query through the gateway as the subscriber.
 */
import crypto from 'node:crypto';
import { isAtLeast, severities, type AlertRaisedEvent, type EventBus, type Logger, type Severity } from '@cspmexa/server-kit';
import { GraphQLError, type ExecutionResult, type FormattedExecutionResult } from 'graphql';
import type { GatewayContext } from '../context';
import type { AlertQueryPlan } from './alert-query';
import { createPushIterator } from './push-iterator';

/** Runs an operation through the gateway's own pipeline (armor, claims forwarding, masking). */
export type ExecuteOperation = (
  request: { query: string; variables: Record<string, unknown> },
  context: GatewayContext,
) => Promise<FormattedExecutionResult>;

export interface AlertStreamDeps {
  bus: EventBus;
  execute: ExecuteOperation;
  logger: Logger;
}

export interface Subscriber {
  viewer: NonNullable<GatewayContext['viewer']>;
  ip?: string;
  userAgent?: string;
}

export async function alertRaisedStream(deps: AlertStreamDeps, subscriber: Subscriber, plan: AlertQueryPlan): Promise<AsyncIterableIterator<ExecutionResult>> {
  const minSeverity = toSeverity(plan.args.minSeverity);
  let unsubscribe: (() => Promise<void>) | undefined;
  const stream = createPushIterator<ExecutionResult>(
    () => void unsubscribe?.().catch((err: unknown) => deps.logger.warn({ err }, 'bus unsubscribe failed')),
    { onDrop: () => deps.logger.warn({ userId: subscriber.viewer.userId }, 'slow alertRaised subscriber: dropped an event') },
  );
  // Events are resolved one after the other so that they reach the client in the order they were raised.
  let queue = Promise.resolve();
  const onEvent = (event: AlertRaisedEvent) => {
    // Tenant and threshold are filtered here, before any query runs (S2): another org's event costs nothing.
    if (stream.closed || event.orgId !== subscriber.viewer.orgId || !isAtLeast(event.severity, minSeverity)) return;
    queue = queue.then(() => resolveEvent(deps, subscriber, plan, event)).then(
      (result) => {
        if (result) stream.push(result);
      },
      (err: unknown) => deps.logger.error({ err, alertId: event.alertId }, 'alertRaised: resolving the alert failed'),
    );
  };
  unsubscribe = await deps.bus.subscribe('findings.alert.raised', onEvent);
  // The client may have gone while we were subscribing.
  if (stream.closed) await unsubscribe();
  return stream;
}

async function resolveEvent(deps: AlertStreamDeps, s: Subscriber, plan: AlertQueryPlan, event: AlertRaisedEvent): Promise<ExecutionResult | null> {
  const result = await deps.execute(
    { query: plan.query, variables: { ...plan.variables, [plan.idVariable]: event.alertId } },
    { viewer: s.viewer, requestId: crypto.randomUUID(), ip: s.ip, userAgent: s.userAgent },
  );
  const alert = result.data?.[plan.responseKey];
  if (alert === null || alert === undefined) {
    // Not visible to this subscriber (role, deleted) or failed: `alertRaised` is non-null, so nothing is sent.
    if (result.errors?.length) deps.logger.warn({ alertId: event.alertId, errors: result.errors.map((e) => e.message) }, 'alertRaised: alert query failed');
    return null;
  }
  return {
    data: { [plan.responseKey]: alert },
    ...(result.errors?.length
      ? { errors: result.errors.map((e) => new GraphQLError(e.message, { path: e.path, extensions: e.extensions })) }
      : {}),
  };
}

function toSeverity(value: unknown): Severity {
  return severities.includes(value as Severity) ? (value as Severity) : 'INFO';
}
