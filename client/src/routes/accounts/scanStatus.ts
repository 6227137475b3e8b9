/**
 * How the dashboard reads a scan's status. Typed as string, not the generated enum, so a status the inventory
 * subgraph adds later shows as itself (grey) instead of breaking the build or the page.
 */
const ACTIVE_STATUSES = new Set(['QUEUED', 'PENDING', 'RUNNING']);

const STATUS_COLOR: Readonly<Record<string, string>> = {
  QUEUED: 'gray',
  PENDING: 'gray',
  RUNNING: 'blue',
  COMPLETED: 'green',
  PARTIAL: 'yellow',
  FAILED: 'red',
  CANCELLED: 'gray',
};

/** Scans that end without a findings evaluation. */
const NEVER_EVALUATED = new Set(['FAILED', 'CANCELLED']);

export function scanStatusColor(status: string): string {
  return STATUS_COLOR[status] ?? 'gray';
}

export function scanStatusLabel(status: string): string {
  return status.charAt(0) + status.slice(1).toLowerCase();
}

interface ScanState {
  status: string;
  finishedAt?: string | null;
  evaluation?: unknown;
}

export function isScanFinished(scan: ScanState): boolean {
  return Boolean(scan.finishedAt) || !ACTIVE_STATUSES.has(scan.status);
}

/** Queued or running: the one scan of the account that may still be cancelled. */
export function isScanActive(status: string): boolean {
  return ACTIVE_STATUSES.has(status);
}

/**
 * Nothing more will change: collection finished and findings were evaluated (a failed or cancelled scan is never
 * evaluated). Polling stops here.
 */
export function isScanSettled(scan: ScanState): boolean {
  return isScanFinished(scan) && (scan.evaluation != null || NEVER_EVALUATED.has(scan.status));
}
