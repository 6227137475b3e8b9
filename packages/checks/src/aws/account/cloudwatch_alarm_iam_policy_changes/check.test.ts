import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { monitoredAccount } from '../lib/alarm-fixtures';
import { IAM_POLICY_CHANGES } from '../lib/cis-monitoring';
import { check } from './check';

const verdict = (pattern: string) => evaluateCheck(check, monitoredAccount(pattern))[0];
const names = [...IAM_POLICY_CHANGES.cisPattern.matchAll(/eventName = (\w+)/g)].map((m) => m[1] as string);

describe('cloudwatch_alarm_iam_policy_changes (ACC-09, CIS 4.4)', () => {
  it('ACC-09 passes the CIS filter written in reverse order with quoted names and extra spaces', () => {
    const reversed = `{ ${[...names].reverse().map((n) => `(  $.eventName   =   "${n}" )`).join('   ||   ')} }`;
    expect(verdict(reversed)?.status).toBe('PASS');
  });

  it('ACC-09 fails a filter missing DetachGroupPolicy', () => {
    const partial = `{ ${names.filter((n) => n !== 'DetachGroupPolicy').map((n) => `$.eventName = ${n}`).join(' || ')} }`;
    expect(verdict(partial)?.message).toContain('has no metric filter matching IAM policy changes');
  });
});
