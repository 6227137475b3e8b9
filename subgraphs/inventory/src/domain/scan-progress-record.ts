/** What a scan reports while it runs (stored on the scan row, read by `scanProgressSnapshot`). */
export const scanPhases = ['QUEUED', 'CREDENTIALS', 'REGIONS', 'COLLECTING', 'STORING', 'DONE'] as const;
export type ScanPhase = (typeof scanPhases)[number];

export interface ScanProgressRecord {
  phase: ScanPhase;
  resourcesCollected: number;
  apiCalls: number;
  errors: number;
  /** 0-100; only DONE reports 100. */
  percentage: number;
}

export const initialProgress: ScanProgressRecord = { phase: 'QUEUED', resourcesCollected: 0, apiCalls: 0, errors: 0, percentage: 0 };
