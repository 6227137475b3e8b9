import { useQuery, useSubscription } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { ScanProgressDocument } from './accounts';
import { ScanProgressLiveDocument } from './scanControl';
import { isScanActive, isScanSettled } from './scanStatus';

export const SCAN_POLL_INTERVAL_MS = 2_000;
/** Safety stop: a scan whose evaluation never lands must not make the tab poll forever. */
const MAX_POLLING_MS = 15 * 60_000;

/**
 * Follows one scan: the `scanProgress` subscription pushes phase, counts and percentage while it runs; `scan(id)`
 * is polled for what the subscription does not carry (failure reason, the findings evaluation that lands after the
 * scan ends) until the scan settles, then `onSettled` is called once.
 */
export function useScanProgress(scanId: string, onSettled: () => void) {
  const startedAt = useRef(Date.now());
  const settledReported = useRef(false);
  const result = useQuery(ScanProgressDocument, {
    variables: { id: scanId },
    pollInterval: SCAN_POLL_INTERVAL_MS,
    fetchPolicy: 'network-only',
    notifyOnNetworkStatusChange: false,
  });
  const { refetch, stopPolling } = result;
  const live = useSubscription(ScanProgressLiveDocument, {
    variables: { scanId },
    // The scan just ended: read its outcome now rather than at the next poll.
    onData: ({ data }) => {
      const status = data.data?.scanProgress.status;
      if (status && !isScanActive(status)) void refetch();
    },
  });
  const scan = result.data?.scan ?? null;

  useEffect(() => {
    const settled = scan !== null && isScanSettled(scan);
    if (settled || Date.now() - startedAt.current > MAX_POLLING_MS) stopPolling();
    if (settled && !settledReported.current) {
      settledReported.current = true;
      onSettled();
    }
  }, [scan, stopPolling, onSettled]);

  return { scan, progress: live.data?.scanProgress ?? null, error: result.error };
}
