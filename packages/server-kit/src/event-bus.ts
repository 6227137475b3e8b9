/**
 * Pub/sub between subgraphs and the gateway: in-process by default, Redis when REDIS_URL is set so that several
 * gateway and worker replicas see the same events. Delivery is at-most-once; durable work goes through tables.
 */
import { EventEmitter } from 'node:events';
import { Redis } from 'ioredis';
import type { EventMap, Topic } from './events';
import type { Logger } from './logger';

export type Handler<T extends Topic> = (payload: EventMap[T]) => void | Promise<void>;

export interface EventBus {
  publish<T extends Topic>(topic: T, payload: EventMap[T]): Promise<void>;
  /** Returns the function that unsubscribes. */
  subscribe<T extends Topic>(topic: T, handler: Handler<T>): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

const PREFIX = 'cspmexa:';

function runHandler(logger: Logger | undefined, topic: string, fn: () => void | Promise<void>): void {
  // A failing consumer must neither break the publisher nor the other consumers.
  Promise.resolve()
    .then(fn)
    .catch((err: unknown) => logger?.error({ err, topic }, 'event handler failed'));
}

export function createMemoryEventBus(logger?: Logger): EventBus {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return {
    async publish(topic, payload) {
      emitter.emit(topic, payload);
    },
    async subscribe(topic, handler) {
      const listener = (p: EventMap[typeof topic]) => runHandler(logger, topic, () => handler(p as never));
      emitter.on(topic, listener);
      return async () => {
        emitter.off(topic, listener);
      };
    },
    async close() {
      emitter.removeAllListeners();
    },
  };
}

export function createRedisEventBus(url: string, logger?: Logger): EventBus {
  const pub = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 3 });
  const sub = new Redis(url, { lazyConnect: false });
  const local = new EventEmitter();
  local.setMaxListeners(0);
  for (const c of [pub, sub]) c.on('error', (err) => logger?.warn({ err: err.message }, 'redis connection error'));
  sub.on('message', (channel: string, message: string) => {
    try {
      local.emit(channel.slice(PREFIX.length), JSON.parse(message));
    } catch (err) {
      logger?.warn({ err, channel }, 'dropped a malformed event');
    }
  });
  const counts = new Map<string, number>();
  return {
    async publish(topic, payload) {
      await pub.publish(PREFIX + topic, JSON.stringify(payload));
    },
    async subscribe(topic, handler) {
      const n = counts.get(topic) ?? 0;
      if (n === 0) await sub.subscribe(PREFIX + topic);
      counts.set(topic, n + 1);
      const listener = (p: EventMap[typeof topic]) => runHandler(logger, topic, () => handler(p as never));
      local.on(topic, listener);
      return async () => {
        local.off(topic, listener);
        const left = (counts.get(topic) ?? 1) - 1;
        counts.set(topic, left);
        if (left === 0) await sub.unsubscribe(PREFIX + topic);
      };
    },
    async close() {
      local.removeAllListeners();
      sub.disconnect();
      pub.disconnect();
    },
  };
}

export function createEventBus(opts: { redisUrl?: string; logger?: Logger }): EventBus {
  return opts.redisUrl ? createRedisEventBus(opts.redisUrl, opts.logger) : createMemoryEventBus(opts.logger);
}
