/**
 * The subscriptions the gateway serves, one row each: the bus topic that feeds it, who may see an event (checked
 * before any query runs, S2), which Query lookup resolves an event with the subscriber's selection, and when the
 * stream is over. Adding a subscription is adding a row (and declaring the field in the owning subgraph's SDL).
 */
import { isAtLeast, severities, type EventMap, type Severity, type Topic } from '@cspmexa/server-kit';

export interface ServedSubscription<T extends Topic = Topic> {
  /** The Subscription field. */
  field: string;
  topic: T;
  /** The Query field run for each event, and its id argument. */
  lookup: { field: string; idArgument: string };
  /** The id passed to the lookup. */
  keyOf(event: EventMap[T]): string;
  /** Whether this subscriber (org) with these field arguments gets the event; runs before any query. */
  accepts(event: EventMap[T], orgId: string, args: Record<string, unknown>): boolean;
  /** Whether a delivered payload ends the stream (e.g. a finished scan). */
  isLast?(payload: unknown): boolean;
}

const toSeverity = (value: unknown): Severity => (severities.includes(value as Severity) ? (value as Severity) : 'INFO');

const alertRaised: ServedSubscription<'findings.alert.raised'> = {
  field: 'alertRaised',
  topic: 'findings.alert.raised',
  lookup: { field: 'alert', idArgument: 'id' },
  keyOf: (event) => event.alertId,
  accepts: (event, orgId, args) => event.orgId === orgId && isAtLeast(event.severity, toSeverity(args.minSeverity)),
};

const scanProgress: ServedSubscription<'inventory.scan.progress'> = {
  field: 'scanProgress',
  topic: 'inventory.scan.progress',
  lookup: { field: 'scanProgressSnapshot', idArgument: 'scanId' },
  keyOf: (event) => event.scanId,
  accepts: (event, orgId, args) => event.orgId === orgId && event.scanId === args.scanId,
  // The scan's last report has percentage 100: nothing follows it.
  isLast: (payload) => (payload as { percentage?: unknown } | null)?.percentage === 100,
};

export const servedSubscriptions: ReadonlyMap<string, ServedSubscription> = new Map(
  ([alertRaised, scanProgress] as ServedSubscription[]).map((s) => [s.field, s]),
);
