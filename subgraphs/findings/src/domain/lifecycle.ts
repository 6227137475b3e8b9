/**
 * The lifecycle of a finding, as one pure function: given what we knew (the stored status, or none) and what a
 * scan observed, the status to store and the transition to record. Everything else (SQL, alerts) follows it.
 */
import type { FindingStatus } from '../db/schema';

/**
 * What one scan says about one finding key: a check verdict, or GONE when the resource is no longer in the
 * inventory snapshot. UNKNOWN means the data could not be read, so it never counts as a pass.
 */
export type Observation = 'FAIL' | 'PASS' | 'UNKNOWN' | 'GONE';

export interface Transition {
  from: FindingStatus | null;
  to: FindingStatus;
}

export interface LifecycleStep {
  /** The status to store; null when there is no finding and none is needed (a pass never creates one). */
  status: FindingStatus | null;
  /** Set only when the status changes: this is what history records and what alerts are raised from. */
  transition: Transition | null;
  /** True when the scan saw the problem (FAIL): last_seen_at moves, and the check's message is refreshed. */
  seen: boolean;
}

const ACTIVE: ReadonlySet<FindingStatus> = new Set(['OPEN', 'REOPENED']);

export function isActive(status: FindingStatus | null): boolean {
  return status !== null && ACTIVE.has(status);
}

export function nextStep(previous: FindingStatus | null, observation: Observation): LifecycleStep {
  const stay: LifecycleStep = { status: previous, transition: null, seen: false };
  switch (observation) {
    case 'UNKNOWN':
      // Unreadable data proves nothing either way: keep whatever we knew.
      return stay;
    case 'FAIL':
      if (previous === null) return change(null, 'OPEN', true);
      if (previous === 'RESOLVED') return change('RESOLVED', 'REOPENED', true);
      // OPEN and REOPENED stay as they are; a MUTED finding stays muted but is still seen failing.
      return { status: previous, transition: null, seen: true };
    case 'PASS':
    case 'GONE':
      return isActive(previous) ? change(previous, 'RESOLVED', false) : stay;
  }
}

function change(from: FindingStatus | null, to: FindingStatus, seen: boolean): LifecycleStep {
  return { status: to, transition: { from, to }, seen };
}

/** An OPEN or REOPENED transition raises an alert; its kind names which. */
export function alertKindOf(transition: Transition): 'OPENED' | 'REOPENED' | null {
  if (transition.to === 'OPEN') return 'OPENED';
  if (transition.to === 'REOPENED') return 'REOPENED';
  return null;
}
