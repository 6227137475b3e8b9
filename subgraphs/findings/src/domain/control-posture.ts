/**
 * Folds per-check tallies of one scan into per-control posture for a framework (a pure function over at most a
 * few dozen rows: the counting itself happened in SQL at evaluation time).
 *
 * - MANUAL: no check provides evidence for the control (CIS marks it Manual, or no check covers it yet).
 * - FAIL: a mapped check failed on a resource (muted failures are accepted risk and do not fail the control).
 * - UNKNOWN: nothing failed but some result could not be determined; missing data is never a pass.
 * - PASS: every evaluated resource passed (or its failure is muted).
 * - NOT_APPLICABLE: the mapped checks had no resource to evaluate.
 * The score is PASS / (PASS + FAIL + UNKNOWN) controls, in percent; null when no control was assessable.
 */
import { frameworks, type FrameworkControl, type FrameworkId } from '@cspmexa/checks';
import { checksForControl } from './evaluate';
import type { CheckTally } from './plan-evaluation';

export type ControlStatus = 'PASS' | 'FAIL' | 'MANUAL' | 'NOT_APPLICABLE' | 'UNKNOWN';

export interface ControlPosture extends CheckTally {
  control: FrameworkControl;
  status: ControlStatus;
  checkIds: string[];
}

export interface FrameworkPosture {
  controls: ControlPosture[];
  score: number | null;
  counts: Record<ControlStatus, number>;
}

function statusOf(checkIds: readonly string[], t: CheckTally): ControlStatus {
  if (checkIds.length === 0) return 'MANUAL';
  if (t.failed > 0) return 'FAIL';
  if (t.unknown > 0) return 'UNKNOWN';
  if (t.passed + t.muted > 0) return 'PASS';
  return 'NOT_APPLICABLE';
}

export function frameworkPosture(framework: FrameworkId, byCheck: ReadonlyMap<string, CheckTally>): FrameworkPosture {
  const counts: Record<ControlStatus, number> = { PASS: 0, FAIL: 0, MANUAL: 0, NOT_APPLICABLE: 0, UNKNOWN: 0 };
  const controls = frameworks[framework].controls.map((control) => {
    const checkIds = checksForControl(framework, control.id).map((c) => c.id);
    const tally: CheckTally = { passed: 0, failed: 0, muted: 0, unknown: 0 };
    for (const id of checkIds) {
      const t = byCheck.get(id);
      if (!t) continue;
      tally.passed += t.passed;
      tally.failed += t.failed;
      tally.muted += t.muted;
      tally.unknown += t.unknown;
    }
    const status = statusOf(checkIds, tally);
    counts[status]++;
    return { control, status, checkIds, ...tally };
  });
  const assessable = counts.PASS + counts.FAIL + counts.UNKNOWN;
  return { controls, counts, score: assessable === 0 ? null : Math.round((1000 * counts.PASS) / assessable) / 10 };
}
