/**
 * The stream of one subscriber on one served subscription: bus events the subscriber may see (tenant and field
 * arguments checked first, S2), each resolved by running the planned lookup query through the gateway as the
 * subscriber. Events are resolved one after the other so that they reach the client in the order they came.
 */
import crypto from 'node:crypto';
import type { EventBus, EventMap, Logger, Topic } from '@cspmexa/server-kit';
import { GraphQLError, type ExecutionResult, type FormattedExecutionResult } from 'graphql';
import type { GatewayContext } from '../context';
import type { LookupQueryPlan } from './lookup-query';
import { createPushIterator } from './push-iterator';

/** Runs an operation through the gateway's own pipeline (armor, claims forwarding, masking). */
export type ExecuteOperation = (
  request: { query: string; variables: Record<string, unknown> },
  context: GatewayContext,
) => Promise<FormattedExecutionResult>;

export interface EventStreamDeps {
  bus: EventBus;
  execute: ExecuteOperation;
  logger: Logger;
}

export interface Subscriber {
  viewer: NonNullable<GatewayContext['viewer']>;
  ip?: string;
  userAgent?: string;
}

export async function subscriptionStream(deps: EventStreamDeps, subscriber: Subscriber, plan: LookupQueryPlan): Promise<AsyncIterableIterator<ExecutionResult>> {
  const { served } = plan;
  let unsubscribe: (() => Promise<void>) | undefined;
  const stream = createPushIterator<ExecutionResult>(
    () => void unsubscribe?.().catch((err: unknown) => deps.logger.warn({ err }, 'bus unsubscribe failed')),
    { onDrop: () => deps.logger.warn({ userId: subscriber.viewer.userId, field: served.field }, 'slow subscriber: dropped an event') },
  );
  let queue = Promise.resolve();
  const onEvent = (event: EventMap[Topic]) => {
    // Another org's event, or one outside the subscriber's arguments, costs nothing: no query runs.
    if (stream.closed || !served.accepts(event as never, subscriber.viewer.orgId, plan.args)) return;
    const key = served.keyOf(event as never);
    queue = queue.then(() => resolveEvent(deps, subscriber, plan, key)).then(
      (result) => {
        if (!result) return;
        stream.push(result);
        if (served.isLast?.(result.data?.[plan.responseKey])) stream.end();
      },
      (err: unknown) => deps.logger.error({ err, key, field: served.field }, 'subscription: resolving the event failed'),
    );
  };
  unsubscribe = await deps.bus.subscribe(served.topic, onEvent);
  // The client may have gone while we were subscribing.
  if (stream.closed) await unsubscribe();
  return stream;
}

async function resolveEvent(deps: EventStreamDeps, s: Subscriber, plan: LookupQueryPlan, key: string): Promise<ExecutionResult | null> {
  const result = await deps.execute(
    { query: plan.query, variables: { ...plan.variables, [plan.idVariable]: key } },
    { viewer: s.viewer, requestId: crypto.randomUUID(), ip: s.ip, userAgent: s.userAgent },
  );
  const payload = result.data?.[plan.responseKey];
  if (payload === null || payload === undefined) {
    // Not visible to this subscriber (role, deleted) or failed: subscription fields are non-null, so nothing is sent.
    if (result.errors?.length) deps.logger.warn({ key, errors: result.errors.map((e) => e.message) }, `${plan.served.field}: lookup query failed`);
    return null;
  }
  return {
    data: { [plan.responseKey]: payload },
    ...(result.errors?.length
      ? { errors: result.errors.map((e) => new GraphQLError(e.message, { path: e.path, extensions: e.extensions })) }
      : {}),
  };
}
