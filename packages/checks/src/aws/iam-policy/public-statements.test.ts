import type { PolicyDocument, PolicyStatement } from '@cspmexa/resources';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RESTRICTING_CONDITION_KEYS } from './conditions';
import { analysePolicyStatements } from './public-statements';

const read = (extra: Partial<PolicyStatement>): PolicyStatement => ({
  Effect: 'Allow',
  Action: 's3:GetObject',
  Resource: 'arn:aws:s3:::b/*',
  ...extra,
});
const analyse = (...statements: PolicyStatement[]) =>
  analysePolicyStatements({ Version: '2012-10-17', Statement: statements } as PolicyDocument, DEFAULT_RESTRICTING_CONDITION_KEYS);

describe('analysePolicyStatements', () => {
  it('reports each unrestricted Allow-to-everyone statement with its index and Sid', () => {
    const result = analyse(read({ Sid: 'Owner', Principal: { AWS: 'arn:aws:iam::111122223333:root' } }), read({ Sid: 'Public', Principal: '*' }));
    expect(result.publicStatements).toEqual([{ index: 1, sid: 'Public', principal: 'Principal:*' }]);
  });

  it('moves a statement restricted by a condition to restrictedStatements', () => {
    const result = analyse(read({ Principal: '*', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } } }));
    expect(result.publicStatements).toEqual([]);
    expect(result.restrictedStatements).toEqual([
      { index: 0, sid: undefined, conditions: [{ operator: 'StringEquals', key: 'aws:PrincipalOrgID', values: ['o-abc123'] }] },
    ]);
  });

  it('stays public when only a non-restricting condition is present', () => {
    const result = analyse(read({ Principal: '*', Condition: { Bool: { 'aws:SecureTransport': true } } }));
    expect(result.publicStatements).toHaveLength(1);
  });

  it('skips Deny statements, even with Principal "*"', () => {
    const result = analyse({ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: '*' });
    expect(result).toEqual({ publicStatements: [], restrictedStatements: [] });
  });

  it('accepts a single statement object', () => {
    const result = analysePolicyStatements({ Statement: read({ Principal: { AWS: ['*'] } }) }, DEFAULT_RESTRICTING_CONDITION_KEYS);
    expect(result.publicStatements).toEqual([{ index: 0, sid: undefined, principal: 'Principal:{AWS:*}' }]);
  });
});
