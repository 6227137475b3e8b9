import { describe, expect, it } from 'vitest';
import { readFindingFilters, toFindingFilter, writeFindingFilters } from './findingFilters';

describe('finding filters in the URL', () => {
  it('reads known values in canonical order and drops unknown ones', () => {
    const filters = readFindingFilters(new URLSearchParams('severity=LOW&severity=CRITICAL&severity=nope&status=MUTED'));
    expect(filters).toEqual({ severity: ['CRITICAL', 'LOW'], status: ['MUTED'] });
  });

  it('writes filters back, keeping unrelated parameters', () => {
    const params = writeFindingFilters(new URLSearchParams('severity=INFO&tab=2'), {
      severity: ['HIGH'],
      status: ['OPEN', 'REOPENED'],
    });
    expect(params.toString()).toBe('tab=2&severity=HIGH&status=OPEN&status=REOPENED');
  });

  it('round-trips', () => {
    const filters = { severity: ['CRITICAL' as const, 'MEDIUM' as const], status: ['RESOLVED' as const] };
    expect(readFindingFilters(writeFindingFilters(new URLSearchParams(), filters))).toEqual(filters);
  });

  it('sends no constraint for an empty selection instead of an empty list', () => {
    expect(toFindingFilter({ severity: [], status: [] })).toEqual({});
    expect(toFindingFilter({ severity: ['HIGH'], status: [] })).toEqual({ severities: ['HIGH'] });
    expect(toFindingFilter({ severity: [], status: ['OPEN'] })).toEqual({ statuses: ['OPEN'] });
  });
});
