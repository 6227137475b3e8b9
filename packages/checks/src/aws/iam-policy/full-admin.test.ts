import type { PolicyStatement } from '@cspmexa/resources';
import { describe, expect, it } from 'vitest';
import { fullAdminStatements } from './full-admin';

const allow = (s: Partial<PolicyStatement>): PolicyStatement => ({ Effect: 'Allow', ...s });
const indexes = (...statements: PolicyStatement[]) => fullAdminStatements({ Version: '2012-10-17', Statement: statements }).map((s) => s.index);

describe('fullAdminStatements', () => {
  it('finds Action "*" and "*:*" on Resource "*", as a string or inside arrays', () => {
    expect(indexes(allow({ Action: '*', Resource: '*' }))).toEqual([0]);
    expect(indexes(allow({ Action: '*:*', Resource: '*' }))).toEqual([0]);
    expect(indexes(allow({ Action: ['s3:GetObject', '*'], Resource: ['arn:aws:s3:::b', '*'] }))).toEqual([0]);
  });

  it('accepts a single statement object instead of a list', () => {
    expect(fullAdminStatements({ Statement: allow({ Action: '*', Resource: '*' }) })).toHaveLength(1);
  });

  it('ignores service wildcards, narrower resources, Deny, NotAction and NotResource', () => {
    expect(
      indexes(
        allow({ Action: 's3:*', Resource: '*' }),
        allow({ Action: '*', Resource: 'arn:aws:s3:::bucket/*' }),
        { Effect: 'Deny', Action: '*', Resource: '*' },
        allow({ NotAction: 'iam:*', Resource: '*' }),
        allow({ Action: '*', NotResource: 'arn:aws:s3:::secret' }),
      ),
    ).toEqual([]);
  });

  it('keeps statements with conditions and reports the conditions', () => {
    const [found] = fullAdminStatements({ Statement: [allow({ Sid: 'Admin', Action: '*', Resource: '*', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } })] });
    expect(found).toEqual({ index: 0, sid: 'Admin', conditions: [{ operator: 'Bool', key: 'aws:MultiFactorAuthPresent', values: ['true'] }] });
  });
});
