import { describe, expect, it } from 'vitest';
import { findingsUrl, NO_FINDING_FILTERS, readFindingView, toFindingFilter, writeFindingView } from './findingFilters';

describe('the triage view in the URL', () => {
  it('reads known enum values in canonical order and drops unknown ones', () => {
    const { filters } = readFindingView(new URLSearchParams('severity=LOW&severity=CRITICAL&severity=nope&status=MUTED'));
    expect(filters.severity).toEqual(['CRITICAL', 'LOW']);
    expect(filters.status).toEqual(['MUTED']);
  });

  it('reads service, account and check facets sorted and de-duplicated', () => {
    const { filters } = readFindingView(
      new URLSearchParams('service=s3&service=ec2&service=s3&account=2222&account=1111&check=iam_root_mfa'),
    );
    expect(filters.service).toEqual(['ec2', 's3']);
    expect(filters.account).toEqual(['1111', '2222']);
    expect(filters.check).toEqual(['iam_root_mfa']);
  });

  it('reads a control only with a known framework, and an unknown sort as the default', () => {
    expect(readFindingView(new URLSearchParams('framework=CIS_AWS_5_0_0&control=2.1.4')).filters.control).toEqual({
      framework: 'CIS_AWS_5_0_0',
      controlId: '2.1.4',
    });
    expect(readFindingView(new URLSearchParams('framework=PCI&control=1')).filters.control).toBeNull();
    expect(readFindingView(new URLSearchParams('sort=bogus')).sort).toBe('severity');
  });

  it('writes the view back, keeping unrelated parameters and leaving the default sort out', () => {
    const params = writeFindingView(new URLSearchParams('severity=INFO&tab=2&sort=last-seen'), {
      filters: { ...NO_FINDING_FILTERS, severity: ['HIGH'], status: ['OPEN', 'REOPENED'], service: ['s3'] },
      sort: 'severity',
    });
    expect(params.toString()).toBe('tab=2&severity=HIGH&status=OPEN&status=REOPENED&service=s3');
  });

  it('round-trips every facet, the control and the sort', () => {
    const view = {
      filters: {
        severity: ['CRITICAL' as const],
        status: ['RESOLVED' as const],
        service: ['iam', 's3'],
        account: ['123456789012'],
        check: ['s3_bucket_public_access'],
        control: { framework: 'CIS_AWS_3_0_0' as const, controlId: '2.1.1' },
        muteRule: 'rule-1',
        search: 'logs bucket',
      },
      sort: 'first-seen-old' as const,
    };
    expect(readFindingView(writeFindingView(new URLSearchParams(), view))).toEqual(view);
  });

  it('sends no constraint for an empty selection, and maps each facet to its API field', () => {
    expect(toFindingFilter(NO_FINDING_FILTERS)).toEqual({});
    expect(
      toFindingFilter({
        ...NO_FINDING_FILTERS,
        service: ['s3'],
        account: ['123456789012'],
        check: ['c1'],
        control: { framework: 'CIS_AWS_5_0_0', controlId: '1.1' },
      }),
    ).toEqual({
      services: ['s3'],
      accountIds: ['123456789012'],
      checkIds: ['c1'],
      control: { framework: 'CIS_AWS_5_0_0', controlId: '1.1' },
    });
  });

  it('reads the search text trimmed and cut to the API limit, sends it as `search`, and leaves it out when empty', () => {
    expect(readFindingView(new URLSearchParams('q=%20logs%20')).filters.search).toBe('logs');
    expect(readFindingView(new URLSearchParams(`q=${'x'.repeat(250)}`)).filters.search).toHaveLength(200);
    expect(toFindingFilter({ ...NO_FINDING_FILTERS, search: 'logs' })).toEqual({ search: 'logs' });
    expect(writeFindingView(new URLSearchParams('q=old'), { filters: NO_FINDING_FILTERS, sort: 'severity' }).toString()).toBe('');
  });

  it('builds links to filtered views', () => {
    expect(findingsUrl({})).toBe('/findings');
    expect(findingsUrl({ severity: ['HIGH'] })).toBe('/findings?severity=HIGH');
    // The Mute rules page's drill-down: the findings a rule mutes now.
    expect(findingsUrl({ muteRule: 'r1', status: ['MUTED'] })).toBe('/findings?status=MUTED&rule=r1');
    expect(toFindingFilter(readFindingView(new URLSearchParams('status=MUTED&rule=r1')).filters)).toEqual({ statuses: ['MUTED'], muteRuleId: 'r1' });
  });
});
