import { describe, expect, it } from 'vitest';
import type { FindingStatus } from '../db/schema';
import { alertKindOf, nextStep, type Observation } from './lifecycle';

describe('nextStep', () => {
  const cases: [FindingStatus | null, Observation, FindingStatus | null, [FindingStatus | null, FindingStatus] | null][] = [
    [null, 'FAIL', 'OPEN', [null, 'OPEN']],
    [null, 'PASS', null, null],
    [null, 'UNKNOWN', null, null],
    [null, 'GONE', null, null],
    ['OPEN', 'FAIL', 'OPEN', null],
    ['REOPENED', 'FAIL', 'REOPENED', null],
    ['RESOLVED', 'FAIL', 'REOPENED', ['RESOLVED', 'REOPENED']],
    ['MUTED', 'FAIL', 'MUTED', null],
    ['OPEN', 'PASS', 'RESOLVED', ['OPEN', 'RESOLVED']],
    ['REOPENED', 'PASS', 'RESOLVED', ['REOPENED', 'RESOLVED']],
    ['RESOLVED', 'PASS', 'RESOLVED', null],
    ['MUTED', 'PASS', 'MUTED', null],
    ['OPEN', 'GONE', 'RESOLVED', ['OPEN', 'RESOLVED']],
    ['REOPENED', 'GONE', 'RESOLVED', ['REOPENED', 'RESOLVED']],
    ['RESOLVED', 'GONE', 'RESOLVED', null],
    ['MUTED', 'GONE', 'MUTED', null],
    ['OPEN', 'UNKNOWN', 'OPEN', null],
    ['REOPENED', 'UNKNOWN', 'REOPENED', null],
    ['RESOLVED', 'UNKNOWN', 'RESOLVED', null],
    ['MUTED', 'UNKNOWN', 'MUTED', null],
  ];

  it.each(cases)('%s + %s -> %s', (previous, observation, status, transition) => {
    const step = nextStep(previous, observation);
    expect(step.status).toBe(status);
    expect(step.transition).toEqual(transition ? { from: transition[0], to: transition[1] } : null);
  });

  it('marks the finding as seen only when the check failed', () => {
    expect(nextStep('OPEN', 'FAIL').seen).toBe(true);
    expect(nextStep('MUTED', 'FAIL').seen).toBe(true);
    expect(nextStep('OPEN', 'PASS').seen).toBe(false);
    expect(nextStep('OPEN', 'UNKNOWN').seen).toBe(false);
  });

  it('never turns UNKNOWN into a resolution', () => {
    for (const previous of ['OPEN', 'REOPENED'] as const) {
      expect(nextStep(previous, 'UNKNOWN').transition).toBeNull();
    }
  });
});

describe('alertKindOf', () => {
  it('raises OPENED and REOPENED alerts and nothing for resolutions', () => {
    expect(alertKindOf({ from: null, to: 'OPEN' })).toBe('OPENED');
    expect(alertKindOf({ from: 'RESOLVED', to: 'REOPENED' })).toBe('REOPENED');
    expect(alertKindOf({ from: 'OPEN', to: 'RESOLVED' })).toBeNull();
  });
});
