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

describe('restrictingConditions: only fixed values restrict (AWS "meaning of public")', () => {
  it('does not count wildcard values, which match any organisation, endpoint or account', () => {
    expect(restricts({ StringLike: { 'aws:PrincipalOrgID': 'o-*' } })).toBe(false);
    expect(restricts({ StringEquals: { 'aws:SourceVpce': 'vpce-*' } })).toBe(false);
    expect(restricts({ StringLike: { 'aws:SourceVpce': 'vpce-1a2b3c4?' } })).toBe(false);
    expect(restricts({ ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/admin' } })).toBe(false);
    expect(restricts({ StringEquals: { 'aws:SourceAccount': ['111122223333', '*'] } })).toBe(false);
  });

  it('does not count policy variables, which take the caller\'s own value', () => {
    expect(restricts({ StringEquals: { 'aws:SourceAccount': '${aws:PrincipalAccount}' } })).toBe(false);
    expect(restricts({ StringEquals: { 'aws:PrincipalOrgID': '${aws:PrincipalOrgID}' } })).toBe(false);
  });

  it('counts an ARN pattern that pins the account: only that account\'s principals match', () => {
    expect(restricts({ ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/ci-*' } })).toBe(true);
    expect(restricts({ ArnLike: { 'aws:SourceArn': 'arn:aws-us-gov:cloudtrail:us-gov-west-1:111122223333:trail/*' } })).toBe(true);
    expect(restricts({ ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::1111222233*:role/ci' } })).toBe(false);
  });

  it('keeps a literal question mark fixed outside the Like operators', () => {
    expect(restricts({ StringEquals: { 'aws:SourceVpce': 'vpce-odd?' } })).toBe(true);
  });

  it('does not count source IP lists that cover every address of a family, however spelled', () => {
    expect(restricts({ IpAddress: { 'aws:SourceIp': '0::/0' } })).toBe(false);
    expect(restricts({ IpAddress: { 'aws:SourceIp': ['0.0.0.0/1', '128.0.0.0/1'] } })).toBe(false);
    expect(restricts({ IpAddress: { 'aws:SourceIp': ['2001:db8::/32', '0.0.0.0/0'] } })).toBe(false);
    expect(restricts({ IpAddress: { 'aws:SourceIp': ['::/1', '8000::/1', '203.0.113.0/24'] } })).toBe(false);
  });

  it('counts source IP lists that leave part of each family out', () => {
    expect(restricts({ IpAddress: { 'aws:SourceIp': ['0.0.0.0/1', '128.0.0.0/2'] } })).toBe(true);
    expect(restricts({ IpAddress: { 'aws:SourceIp': ['203.0.113.7', '2001:db8::/32'] } })).toBe(true);
  });
});
