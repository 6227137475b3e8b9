import { describe, expect, it } from 'vitest';
import { formatScore, groupBySection, type ControlPosture } from './controlStatus';

function control(controlId: string, section: string, status: ControlPosture['status']): ControlPosture {
  return {
    __typename: 'ControlPosture',
    controlId,
    title: `Control ${controlId}`,
    section,
    assessment: 'AUTOMATED',
    status,
    checkIds: [],
    passed: 0,
    failed: 0,
    muted: 0,
    unknown: 0,
  };
}

describe('compliance controls', () => {
  it('groups controls by section in benchmark order and counts the failing ones', () => {
    const sections = groupBySection([
      control('1.1', '1 Identity and Access Management', 'MANUAL'),
      control('2.1.1', '2.1 Simple Storage Service (S3)', 'FAIL'),
      control('1.2', '1 Identity and Access Management', 'FAIL'),
      control('2.1.2', '2.1 Simple Storage Service (S3)', 'PASS'),
    ]);
    expect(sections.map((s) => [s.section, s.controls.map((c) => c.controlId), s.failing])).toEqual([
      ['1 Identity and Access Management', ['1.1', '1.2'], 1],
      ['2.1 Simple Storage Service (S3)', ['2.1.1', '2.1.2'], 1],
    ]);
  });

  it('formats a score, and says when nothing is assessable rather than showing 0 %', () => {
    expect(formatScore(66.666)).toBe('67%');
    expect(formatScore(null)).toBe('Not assessable');
  });
});
