import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { monitoredAccount } from '../lib/alarm-fixtures';
import { NACL_CHANGE_EVENTS } from '../lib/cis-monitoring';
import { check } from './check';

const verdict = (pattern: string) => evaluateCheck(check, monitoredAccount(pattern))[0];
const names = [...NACL_CHANGE_EVENTS.cisPattern.matchAll(/eventName = (\w+)/g)].map((m) => m[1] as string);

describe('cloudwatch_alarm_network_acl_changes (ACC-09, CIS 4.11)', () => {
  it('ACC-09 passes the CIS filter written in reverse order with quoted names and extra spaces', () => {
    const reversed = `{ ${[...names].reverse().map((n) => `(  $.eventName   =   "${n}" )`).join('   ||   ')} }`;
    expect(verdict(reversed)?.status).toBe('PASS');
  });

  it('ACC-09 fails a filter missing ReplaceNetworkAclAssociation', () => {
    const partial = `{ ${names.filter((n) => n !== 'ReplaceNetworkAclAssociation').map((n) => `$.eventName = ${n}`).join(' || ')} }`;
    expect(verdict(partial)?.message).toContain('has no metric filter matching network ACL changes');
  });
});
