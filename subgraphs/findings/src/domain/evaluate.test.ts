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

  it('keeps one verdict per key when two resources share an ARN (the worst), the ARNs being checked rather than trusted', () => {
    const other = asInventory('inv-other', bucket('other'));
    const alone = runAllChecks([asInventory('inv-1', publicBucket('same')), other]);
    // The same bucket listed twice, apart: once public, once private. Every key once, each with its worst verdict.
    const twice = runAllChecks([asInventory('inv-1', publicBucket('same')), other, asInventory('inv-2', bucket('same'))]);
    expect(twice.received).toBe(alone.received + runAllChecks([other]).received);
    expect(twice.size).toBe(alone.size);
    for (let i = 0; i < alone.size; i++) {
      const j = twice.indexOf(alone.keyParts(i, PROBE));
      expect(twice.status(j), alone.checkId(i)).toBe(alone.status(i) === 'PASS' ? twice.status(j) : alone.status(i));
    }
    expect([...Array(twice.size).keys()].filter((i) => twice.status(i) === 'FAIL').length).toBe(
      [...Array(alone.size).keys()].filter((i) => alone.status(i) === 'FAIL').length,
    );
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
