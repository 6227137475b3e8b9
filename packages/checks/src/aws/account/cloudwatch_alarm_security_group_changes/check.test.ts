import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { monitoredAccount } from '../lib/alarm-fixtures';
import { SECURITY_GROUP_CHANGE_EVENTS } from '../lib/cis-monitoring';
import { check } from './check';

const verdict = (pattern: string) => evaluateCheck(check, monitoredAccount(pattern))[0];
const names = [...SECURITY_GROUP_CHANGE_EVENTS.cisPattern.matchAll(/eventName = (\w+)/g)].map((m) => m[1] as string);

describe('cloudwatch_alarm_security_group_changes (ACC-09, CIS 4.10)', () => {
  it('ACC-09 passes the CIS filter written in reverse order with quoted names and extra spaces', () => {
    const reversed = `{ ${[...names].reverse().map((n) => `(  $.eventName   =   "${n}" )`).join('   ||   ')} }`;
    expect(verdict(reversed)?.status).toBe('PASS');
  });

  it('ACC-09 fails a filter missing DeleteSecurityGroup', () => {
    const partial = `{ ${names.filter((n) => n !== 'DeleteSecurityGroup').map((n) => `$.eventName = ${n}`).join(' || ')} }`;
    expect(verdict(partial)?.message).toContain('has no metric filter matching security group changes');
  });
});
