import type { PolicyStatement } from '@cspmexa/resources';
import { describe, expect, it } from 'vitest';
import { conditionEntries, DEFAULT_RESTRICTING_CONDITION_KEYS, restrictingConditions } from './conditions';

const withCondition = (Condition: PolicyStatement['Condition']): PolicyStatement => ({
  Effect: 'Allow',
  Principal: '*',
  Action: 's3:GetObject',
  Condition,
});
const restricts = (condition: PolicyStatement['Condition']) =>
  restrictingConditions(withCondition(condition), DEFAULT_RESTRICTING_CONDITION_KEYS).length > 0;

describe('conditionEntries', () => {
  it('flattens operator -> key -> value(s), stringifying booleans', () => {
    expect(conditionEntries(withCondition({ Bool: { 'aws:SecureTransport': false }, StringEquals: { 'aws:SourceVpce': ['a', 'b'] } }))).toEqual([
      { operator: 'Bool', key: 'aws:SecureTransport', values: ['false'] },
      { operator: 'StringEquals', key: 'aws:SourceVpce', values: ['a', 'b'] },
    ]);
  });
});

describe('restrictingConditions', () => {
  it('accepts fixed values of restricting keys, whatever their case', () => {
    expect(restricts({ StringEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } })).toBe(true);
    expect(restricts({ StringEquals: { 'aws:principalorgid': 'o-abc123' } })).toBe(true);
    expect(restricts({ IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } })).toBe(true);
    expect(restricts({ 'ForAnyValue:StringEquals': { 'aws:SourceAccount': '111122223333' } })).toBe(true);
  });

  it('ignores keys that do not narrow the caller', () => {
    expect(restricts({ Bool: { 'aws:SecureTransport': 'true' } })).toBe(false);
    expect(restricts({ StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control' } })).toBe(false);
  });

  it('ignores negated operators, which allow everyone except the listed values', () => {
    expect(restricts({ StringNotEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } })).toBe(false);
    expect(restricts({ NotIpAddress: { 'aws:SourceIp': '203.0.113.0/24' } })).toBe(false);
  });

  it('ignores operators satisfied when the key is absent, as it is for anonymous callers', () => {
    expect(restricts({ StringEqualsIfExists: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } })).toBe(false);
    expect(restricts({ 'ForAllValues:StringEquals': { 'aws:SourceAccount': '111122223333' } })).toBe(false);
    expect(restricts({ Null: { 'aws:SourceVpce': 'false' } })).toBe(false);
  });

  it('ignores match-everything values', () => {
    expect(restricts({ StringLike: { 'aws:PrincipalOrgID': '*' } })).toBe(false);
    expect(restricts({ IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '0.0.0.0/0'] } })).toBe(false);
    expect(restricts({ IpAddress: { 'aws:SourceIp': '::/0' } })).toBe(false);
  });

  it('uses the caller-supplied key list', () => {
    const statement = withCondition({ StringEquals: { 'aws:SourceVpce': 'vpce-1' } });
    expect(restrictingConditions(statement, ['aws:SourceIp'])).toEqual([]);
  });
});
