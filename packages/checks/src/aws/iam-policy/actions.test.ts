import type { PolicyStatement } from '@cspmexa/resources';
import { describe, expect, it } from 'vitest';
import { coversAction } from './actions';

const statement = (extra: Partial<PolicyStatement>): PolicyStatement => ({ Effect: 'Allow', Resource: '*', ...extra });

describe('coversAction', () => {
  it('matches Action as a string, a list, or a wildcard', () => {
    expect(coversAction(statement({ Action: '*' }), 'iam:PassRole')).toBe(true);
    expect(coversAction(statement({ Action: ['s3:GetObject', 's3:Put*'] }), 's3:PutObject')).toBe(true);
    expect(coversAction(statement({ Action: ['s3:GetObject'] }), 's3:PutObject')).toBe(false);
  });

  it('treats NotAction as every action except the listed ones', () => {
    expect(coversAction(statement({ NotAction: 'iam:*' }), 's3:DeleteBucket')).toBe(true);
    expect(coversAction(statement({ NotAction: ['iam:*'] }), 'iam:CreateUser')).toBe(false);
  });

  it('covers nothing when the statement has neither element', () => {
    expect(coversAction(statement({}), 's3:GetObject')).toBe(false);
  });
});
