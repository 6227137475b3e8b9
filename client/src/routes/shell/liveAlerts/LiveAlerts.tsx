import { useSubscription } from '@apollo/client/react';
import { createContext, useContext, useState, useSyncExternalStore, type ReactNode } from 'react';
import { SEVERITY_STYLE } from '../../../components/severity';
import { useToasts } from '../../../components/toast/ToastRegion';
import type { Severity } from '../../../gql/graphql';
import { createAlertFeed, type AlertFeed, type AlertFeedSnapshot } from './alertFeed';
import { AlertRaisedDocument } from './alertRaised';

/** Live alerts below this severity are left to the Findings list; the server filters, so they never arrive. */
const LIVE_ALERT_MIN_SEVERITY: Severity = 'MEDIUM';

const AlertFeedContext = createContext<AlertFeed | null>(null);

/**
 * Subscribes to `alertRaised` for as long as the signed-in shell is mounted (the socket is lazy, so it closes
 * on sign-out), keeps the alerts for the bell and announces each one as a toast.
 */
export function LiveAlertsProvider({ children }: { children: ReactNode }) {
  const [feed] = useState(createAlertFeed);
  const toasts = useToasts();

  useSubscription(AlertRaisedDocument, {
    variables: { minSeverity: LIVE_ALERT_MIN_SEVERITY },
    onData: ({ data }) => {
      const alert = data.data?.alertRaised;
      if (!alert || !feed.add(alert)) return;
      const style = SEVERITY_STYLE[alert.severity];
      toasts.show({
        title: `${style.label} finding ${alert.kind === 'REOPENED' ? 'reopened' : 'opened'}`,
        message: alert.finding?.title ?? 'A finding changed state.',
        color: style.color,
        href: alert.finding ? `/findings/${encodeURIComponent(alert.finding.id)}` : undefined,
      });
    },
  });

  return <AlertFeedContext.Provider value={feed}>{children}</AlertFeedContext.Provider>;
}

export function useAlertFeed(): AlertFeed & { state: AlertFeedSnapshot } {
  const feed = useContext(AlertFeedContext);
  if (!feed) throw new Error('useAlertFeed must be used inside <LiveAlertsProvider>');
  const state = useSyncExternalStore(feed.subscribe, feed.snapshot);
  return { ...feed, state };
}
