import { describe, expect, it } from 'vitest';
import { IAM_POLICY_CHANGES, NACL_CHANGE_EVENTS, patternCovers, ROOT_USAGE, SECURITY_GROUP_CHANGE_EVENTS } from './cis-monitoring';
import { parseFilterPattern, patternMatches } from './metric-filter-pattern';

const matches = (pattern: string, event: object) => patternMatches(parseFilterPattern(pattern), event);

describe('filter pattern language', () => {
  it('compares quoted and bare values, with * wildcards', () => {
    expect(matches('{ $.eventName = "Put*" }', { eventName: 'PutRolePolicy' })).toBe(true);
    expect(matches('{$.eventName=PutRolePolicy}', { eventName: 'PutRolePolicy' })).toBe(true);
    expect(matches('{ $.eventName = Put }', { eventName: 'PutRolePolicy' })).toBe(false);
    expect(matches('{ $.a.b != "x" }', { a: { b: 'y' } })).toBe(true);
  });

  it('binds && tighter than || and honours parentheses', () => {
    const event = { a: 1, b: 2, c: 3 };
    expect(matches('{ $.a = 9 && $.b = 9 || $.c = 3 }', event)).toBe(true);
    expect(matches('{ $.a = 9 && ($.b = 9 || $.c = 3) }', event)).toBe(false);
  });

  it('reads NOT EXISTS, IS NULL, IS TRUE and numeric comparisons', () => {
    expect(matches('{ $.x NOT EXISTS }', {})).toBe(true);
    expect(matches('{ $.x not exists }', { x: 'here' })).toBe(false);
    expect(matches('{ $.x IS NULL }', { x: null })).toBe(true);
    expect(matches('{ $.x IS TRUE }', { x: true })).toBe(true);
    expect(matches('{ $.n >= 10 && $.n < 11 }', { n: 10 })).toBe(true);
    expect(matches('{ $.list[1].v = "b" }', { list: [{ v: 'a' }, { v: 'b' }] })).toBe(true);
  });

  it('refuses what it does not understand rather than guessing', () => {
    for (const pattern of ['ERROR', '{ $.a = "unterminated }', '{ $.a = 1 } trailing', '{ $.a %regex% }', '{ }', '']) {
      expect(() => parseFilterPattern(pattern), pattern).toThrow(SyntaxError);
    }
  });
});

describe('CIS 4.3 root usage filter (ACC-09)', () => {
  it('accepts the benchmark pattern, with extra spaces, without spaces, reordered and regrouped', () => {
    for (const pattern of [
      ROOT_USAGE.cisPattern,
      '{ $.userIdentity.type = "Root"   &&   $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }',
      '{$.userIdentity.type="Root"&&$.userIdentity.invokedBy NOT EXISTS&&$.eventType!="AwsServiceEvent"}',
      '{ ($.eventType != AwsServiceEvent) && ($.userIdentity.invokedBy NOT EXISTS) && ($.userIdentity.type = Root) }',
      '{ ($.userIdentity.type = "Root") && (($.userIdentity.invokedBy NOT EXISTS) && ($.eventType != "AwsServiceEvent")) }',
    ]) {
      expect(patternCovers(pattern, ROOT_USAGE), pattern).toBe(true);
    }
  });

  it('rejects a filter without the exclusions CIS requires, and one that is not about root', () => {
    expect(patternCovers('{ $.userIdentity.type = "Root" }', ROOT_USAGE)).toBe(false);
    expect(patternCovers('{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS }', ROOT_USAGE)).toBe(false);
    expect(patternCovers('{ $.userIdentity.type = "IAMUser" && $.eventType != "AwsServiceEvent" }', ROOT_USAGE)).toBe(false);
    expect(patternCovers('{ $.eventName = * }', ROOT_USAGE)).toBe(false);
  });
});

describe('CIS 4.4 / 4.10 / 4.11 change filters (ACC-09)', () => {
  it('accepts the benchmark patterns, in any order and spacing', () => {
    expect(patternCovers(IAM_POLICY_CHANGES.cisPattern, IAM_POLICY_CHANGES)).toBe(true);
    expect(patternCovers(SECURITY_GROUP_CHANGE_EVENTS.cisPattern, SECURITY_GROUP_CHANGE_EVENTS)).toBe(true);
    expect(patternCovers(NACL_CHANGE_EVENTS.cisPattern, NACL_CHANGE_EVENTS)).toBe(true);
    const reordered = '{($.eventName=DeleteSecurityGroup)||($.eventName=CreateSecurityGroup)||  ($.eventName = RevokeSecurityGroupEgress) || ($.eventName=RevokeSecurityGroupIngress)||($.eventName=AuthorizeSecurityGroupEgress)||($.eventName="AuthorizeSecurityGroupIngress")}';
    expect(patternCovers(reordered, SECURITY_GROUP_CHANGE_EVENTS)).toBe(true);
  });

  it('accepts a filter narrowed to the right event source', () => {
    const names = ['CreateNetworkAcl', 'CreateNetworkAclEntry', 'DeleteNetworkAcl', 'DeleteNetworkAclEntry', 'ReplaceNetworkAclEntry', 'ReplaceNetworkAclAssociation'];
    expect(patternCovers(`{ $.eventSource = "ec2.amazonaws.com" && (${names.map((n) => `$.eventName = "${n}"`).join(' || ')}) }`, NACL_CHANGE_EVENTS)).toBe(true);
  });

  it('rejects a filter missing one event, and one so broad it alarms on reads too', () => {
    const withoutOne = IAM_POLICY_CHANGES.cisPattern.replace('($.eventName = DetachGroupPolicy) || ', '').replace(' || ($.eventName = DetachGroupPolicy)', '');
    expect(withoutOne).not.toContain('DetachGroupPolicy');
    expect(patternCovers(withoutOne, IAM_POLICY_CHANGES)).toBe(false);
    expect(patternCovers('{ $.eventSource = "iam.amazonaws.com" }', IAM_POLICY_CHANGES)).toBe(false);
    expect(patternCovers(IAM_POLICY_CHANGES.cisPattern, SECURITY_GROUP_CHANGE_EVENTS)).toBe(false);
  });
});
