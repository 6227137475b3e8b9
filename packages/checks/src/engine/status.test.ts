import { describe, expect, it } from 'vitest';
import { atLeast, SEVERITIES, severityRank } from './status';

describe('severity ordering', () => {
  it('ranks CRITICAL highest and INFO lowest, strictly decreasing along SEVERITIES', () => {
    const ranks = SEVERITIES.map(severityRank);
    expect(ranks).toEqual([4, 3, 2, 1, 0]);
  });

  it('atLeast compares against a minimum, inclusive', () => {
    expect(atLeast('CRITICAL', 'HIGH')).toBe(true);
    expect(atLeast('HIGH', 'HIGH')).toBe(true);
    expect(atLeast('MEDIUM', 'HIGH')).toBe(false);
    expect(atLeast('INFO', 'LOW')).toBe(false);
    expect(atLeast('LOW', 'INFO')).toBe(true);
  });
});
