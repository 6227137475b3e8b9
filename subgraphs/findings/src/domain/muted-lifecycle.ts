/**
 * The lifecycle with mutes on top. A finding has an underlying status (what the scans say: OPEN, REOPENED,
 * RESOLVED) and a shown status: MUTED while a live rule matches an active (OPEN/REOPENED) finding, the underlying
 * one otherwise. Alerts follow the underlying lifecycle (the problem appeared or came back) and are never raised
 * for a muted finding; a mute starting or ending is history only.
 */
import type { FindingStatus } from '../db/schema';
import { alertKindOf, isActive, nextStep, type Observation } from './lifecycle';
import type { ActiveMuteRule } from './mute-scope';

/** The history note of a finding that comes back from MUTED because no live rule covers it any more. */
export const MUTE_ENDED = 'No live mute rule covers the finding any more (expired or deleted).';

export interface StoredState {
  status: FindingStatus;
  unmutedStatus: FindingStatus | null;
  muteRuleId: string | null;
}

export interface MutedStep {
  status: FindingStatus;
  unmutedStatus: FindingStatus | null;
  muteRule: ActiveMuteRule | null;
  /** The change of the shown status, recorded in history; null when it stays. */
  change: { from: FindingStatus | null; to: FindingStatus } | null;
  /**
   * MUTED before and after, under another rule (the old one expired or was deleted while another also covers
   * it): no status change, but a history row, so "who muted this, and why" always names the rule in force.
   */
  ruleSwitch: boolean;
  /** The underlying transition, if any (what the evaluation counts as opened/reopened/resolved). */
  underlying: { from: FindingStatus | null; to: FindingStatus } | null;
  alert: 'OPENED' | 'REOPENED' | null;
  seen: boolean;
  /** True when the stored row must be written (status, rule or last seen changes). */
  write: boolean;
}

/** The status the scans say, whatever the mute. */
export function underlyingStatus(stored: StoredState): FindingStatus {
  return stored.status === 'MUTED' ? (stored.unmutedStatus ?? 'OPEN') : stored.status;
}

/**
 * One step. `ruleFor` is asked only when the finding is active, so passes never look rules up. A finding MUTED
 * without a rule (muted before rules existed) keeps the original behaviour: it stays muted whatever scans say.
 */
export function nextMutedStep(
  stored: StoredState | null,
  observation: Observation,
  ruleFor: () => ActiveMuteRule | undefined,
): MutedStep | null {
  if (stored?.status === 'MUTED' && !stored.muteRuleId) {
    const legacy = nextStep('MUTED', observation);
    if (!legacy.seen) return null;
    return { status: 'MUTED', unmutedStatus: stored.unmutedStatus, muteRule: null, change: null, ruleSwitch: false, underlying: null, alert: null, seen: true, write: true };
  }
  const step = nextStep(stored ? underlyingStatus(stored) : null, observation);
  if (step.status === null) return null;
  const rule = isActive(step.status) ? (ruleFor() ?? null) : null;
  const status: FindingStatus = rule ? 'MUTED' : step.status;
  const previous = stored?.status ?? null;
  const change = status !== previous ? { from: previous, to: status } : null;
  const ruleChanged = (rule?.id ?? null) !== (stored?.muteRuleId ?? null);
  return {
    status,
    unmutedStatus: rule ? step.status : null,
    muteRule: rule,
    change,
    ruleSwitch: change === null && status === 'MUTED' && ruleChanged,
    underlying: step.transition,
    alert: step.transition && !rule ? alertKindOf(step.transition) : null,
    seen: step.seen,
    write: change !== null || ruleChanged || step.seen || step.transition !== null,
  };
}
