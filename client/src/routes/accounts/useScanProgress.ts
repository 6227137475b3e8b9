import { useQuery } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { isScanSettled } from './scanStatus';
import { ScanProgressDocument } from './accounts';

export const SCAN_POLL_INTERVAL_MS = 2_000;
/** Safety stop: a scan whose evaluation never lands must not make the tab poll forever. */
const MAX_POLLING_MS = 15 * 60_000;

/** Polls `scan(id)` every 2 s until the scan settles, then calls `onSettled` once. */
export function useScanProgress(scanId: string, onSettled: () => void) {
  const startedAt = useRef(Date.now());
  const settledReported = useRef(false);
  const result = useQuery(ScanProgressDocument, {
    variables: { id: scanId },
    pollInterval: SCAN_POLL_INTERVAL_MS,
    fetchPolicy: 'network-only',
    notifyOnNetworkStatusChange: false,
  });
  const scan = result.data?.scan ?? null;
  const { stopPolling } = result;

  useEffect(() => {
    const settled = scan !== null && isScanSettled(scan);
    if (settled || Date.now() - startedAt.current > MAX_POLLING_MS) stopPolling();
    if (settled && !settledReported.current) {
      settledReported.current = true;
      onSettled();
    }
  }, [scan, stopPolling, onSettled]);

  return { scan, error: result.error };
}
