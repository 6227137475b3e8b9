import { describe, expect, it } from 'vitest';
import { NO_RESOURCE_FILTERS, readResourceFilters, toResourceFilter, writeResourceFilters } from './resourceFilters';

describe('resource filters in the URL', () => {
  it('reads kind, account, region and text, trimming blanks', () => {
    const params = new URLSearchParams('kind=aws.s3.bucket&account=acc-1&region=%20eu-west-1%20&q=logs');
    expect(readResourceFilters(params)).toEqual({ kind: 'aws.s3.bucket', account: 'acc-1', region: 'eu-west-1', text: 'logs' });
    expect(readResourceFilters(new URLSearchParams())).toEqual(NO_RESOURCE_FILTERS);
  });

  it('writes filters back, dropping empty ones and keeping unrelated parameters', () => {
    const params = writeResourceFilters(new URLSearchParams('q=old&tab=2'), { ...NO_RESOURCE_FILTERS, region: 'us-east-1' });
    expect(params.toString()).toBe('tab=2&region=us-east-1');
  });

  it('round-trips', () => {
    const filters = { kind: 'aws.ec2.instance', account: 'a', region: 'eu-west-3', text: 'web' };
    expect(readResourceFilters(writeResourceFilters(new URLSearchParams(), filters))).toEqual(filters);
  });

  it('sends only the constraints that are set', () => {
    expect(toResourceFilter(NO_RESOURCE_FILTERS)).toEqual({});
    expect(toResourceFilter({ kind: '', account: 'acc-1', region: '', text: 'logs' })).toEqual({ accountId: 'acc-1', text: 'logs' });
  });
});
