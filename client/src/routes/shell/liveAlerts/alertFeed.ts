import type { AlertRaisedSubscription } from '../../../gql/graphql';

export type LiveAlert = AlertRaisedSubscription['alertRaised'];

export interface AlertFeedSnapshot {
  alerts: readonly LiveAlert[];
  unread: number;
}

export interface AlertFeed {
  snapshot(): AlertFeedSnapshot;
  /** Adds an alert unless already present (a socket reconnect can redeliver). Returns whether it was new. */
  add(alert: LiveAlert): boolean;
  markAllRead(): void;
  subscribe(listener: () => void): () => void;
}

/** Alerts received on this tab since sign-in, newest first; the bell shows them, older ones live on the server. */
const MAX_KEPT_ALERTS = 50;

export function createAlertFeed(): AlertFeed {
  let state: AlertFeedSnapshot = { alerts: [], unread: 0 };
  const listeners = new Set<() => void>();
  const set = (next: AlertFeedSnapshot) => {
    state = next;
    listeners.forEach((listener) => listener());
  };

  return {
    snapshot: () => state,
    add(alert) {
      if (state.alerts.some((known) => known.id === alert.id)) return false;
      set({ alerts: [alert, ...state.alerts].slice(0, MAX_KEPT_ALERTS), unread: state.unread + 1 });
      return true;
    },
    markAllRead() {
      if (state.unread > 0) set({ ...state, unread: 0 });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
