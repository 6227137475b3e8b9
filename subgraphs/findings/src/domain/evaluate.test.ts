import { runChecks } from '@cspmexa/checks';
import { describe, expect, it } from 'vitest';
import { asInventory, bucket, publicBucket, unreadableBucket } from '../../test/fixtures';
import { failureMessage, runAllChecks } from './evaluate';

const PROBE = { accountId: '', region: '', checkId: '', resourceArn: '' };

describe('runAllChecks', () => {
  it('gives one verdict per key with the status and, for a failure, the message the checks gave (made again when read)', () => {
    const estate = [asInventory('inv-1', bucket('private')), asInventory('inv-2', publicBucket('public')), asInventory('inv-3', unreadableBucket('dark'))];
    const verdicts = runAllChecks(estate);
    const rows = runChecks(estate, { evidence: false });
    expect(verdicts.received).toBe(rows.length);
    expect(rows.some((r) => r.status === 'FAIL')).toBe(true);
    for (const row of rows) {
      const i = verdicts.indexOf(row);
      expect(i, `${row.checkId} ${row.resourceArn}`).toBeGreaterThanOrEqual(0);
      expect(verdicts.keyParts(i, PROBE).resourceArn).toBe(row.resourceArn);
      const { evidence: _, ...fields } = row;
      expect(verdicts.result(i)).toEqual({ ...fields, message: row.status === 'FAIL' ? row.message : '' });
    }
  });
});

describe('failureMessage', () => {
  const arn = 'arn:aws:s3:::b';
  it('is the message of the first failure about the ARN', () => {
    const list = [
      { status: 'PASS' as const, resourceArn: arn, message: 'fine' },
      { status: 'FAIL' as const, resourceArn: 'arn:aws:s3:::other', message: 'not this one' },
      { status: 'FAIL' as const, resourceArn: arn, message: 'first' },
      { status: 'FAIL' as const, resourceArn: arn, message: 'second' },
    ];
    expect(failureMessage(list, arn)).toBe('first');
  });

  it('says so when the check no longer reports the failure (an impure check), rather than making up a reason', () => {
    expect(failureMessage([{ status: 'PASS', resourceArn: arn, message: 'fine' }], arn)).toMatch(/gave a different verdict/);
  });
});
