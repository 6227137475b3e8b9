/** Heartbeat and staleness of a RUNNING scan (X5); tests shorten them to see a dead worker's scan recovered. */
export interface ScanLease {
  /** How often a live worker refreshes the scan's heartbeat. */
  heartbeatMs: number;
  /** A RUNNING scan without a heartbeat for this long has lost its worker: a retry may take it over, recovery fails it. */
  staleAfterMs: number;
  /**
   * A RUNNING scan without a heartbeat for this long is FAILED by recovery: no retry took it over (retries ran out,
   * or the job's lease has not expired yet after a crash). Longer than `staleAfterMs` so that a retry can win first.
   */
  abandonedAfterMs: number;
  /** How often abandoned scans are looked for. */
  recoveryIntervalMs: number;
}

export const defaultScanLease: ScanLease = { heartbeatMs: 30_000, staleAfterMs: 120_000, abandonedAfterMs: 300_000, recoveryIntervalMs: 60_000 };
