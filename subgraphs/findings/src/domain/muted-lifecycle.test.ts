import { describe, expect, it } from 'vitest';
import type { ActiveMuteRule } from './mute-scope';
import { nextMutedStep } from './muted-lifecycle';

const rule = { id: 'rule-1', reason: 'accepted' } as ActiveMuteRule;
const covered = () => rule;
const uncovered = () => undefined;

describe('lifecycle with mutes', () => {
  it('M2 a new failing finding a rule covers is born MUTED, without alert', () => {
    expect(nextMutedStep(null, 'FAIL', covered)).toMatchObject({ status: 'MUTED', unmutedStatus: 'OPEN', change: { from: null, to: 'MUTED' }, alert: null });
  });

  it('M2 a muted finding that passes is RESOLVED; when it fails again under the rule it is MUTED again, without alert', () => {
    const muted = { status: 'MUTED' as const, unmutedStatus: 'OPEN' as const, muteRuleId: 'rule-1' };
    expect(nextMutedStep(muted, 'PASS', covered)).toMatchObject({ status: 'RESOLVED', change: { from: 'MUTED', to: 'RESOLVED' }, alert: null });
    const resolved = { status: 'RESOLVED' as const, unmutedStatus: null, muteRuleId: null };
    expect(nextMutedStep(resolved, 'FAIL', covered)).toMatchObject({ status: 'MUTED', unmutedStatus: 'REOPENED', alert: null });
    expect(nextMutedStep(resolved, 'FAIL', uncovered)).toMatchObject({ status: 'REOPENED', alert: 'REOPENED' });
  });

  it('M8 a mute whose rule no longer applies ends at the next evaluation, back to its status, without alert', () => {
    const muted = { status: 'MUTED' as const, unmutedStatus: 'REOPENED' as const, muteRuleId: 'rule-1' };
    expect(nextMutedStep(muted, 'UNKNOWN', uncovered)).toMatchObject({ status: 'REOPENED', change: { from: 'MUTED', to: 'REOPENED' }, alert: null, write: true });
    expect(nextMutedStep(muted, 'FAIL', covered)).toMatchObject({ status: 'MUTED', change: null, seen: true });
  });

  it('keeps a finding muted without a rule (muted before rules existed) whatever scans say', () => {
    const legacy = { status: 'MUTED' as const, unmutedStatus: null, muteRuleId: null };
    expect(nextMutedStep(legacy, 'PASS', uncovered)).toBeNull();
    expect(nextMutedStep(legacy, 'FAIL', uncovered)).toMatchObject({ status: 'MUTED', change: null, seen: true });
  });
});
