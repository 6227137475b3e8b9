import type { PolicyStatement } from '@cspmexa/resources';
import { describe, expect, it } from 'vitest';
import { denyingStatement, isUnconditionalDenyForEveryone } from './explicit-denies';

const allowWrite: PolicyStatement = { Effect: 'Allow', Principal: '*', Action: 's3:PutObject', Resource: 'arn:aws:s3:::b/*' };
const deny = (extra: Partial<PolicyStatement>): PolicyStatement => ({ Effect: 'Deny', Principal: '*', Action: 's3:Put*', Resource: 'arn:aws:s3:::b/*', ...extra });

describe('isUnconditionalDenyForEveryone', () => {
  it('holds for a Deny to "*" or {AWS:"*"} without conditions', () => {
    expect(isUnconditionalDenyForEveryone(deny({}))).toBe(true);
    expect(isUnconditionalDenyForEveryone(deny({ Principal: { AWS: '*' }, Condition: {} }))).toBe(true);
  });

  it('does not hold for conditional Denies, Denies for some principals, or Allows', () => {
    expect(isUnconditionalDenyForEveryone(deny({ Condition: { Bool: { 'aws:SecureTransport': 'false' } } }))).toBe(false);
    expect(isUnconditionalDenyForEveryone(deny({ Principal: { AWS: 'arn:aws:iam::111122223333:root' } }))).toBe(false);
    expect(isUnconditionalDenyForEveryone(deny({ Principal: undefined, NotPrincipal: { AWS: 'arn:aws:iam::111122223333:root' } }))).toBe(false);
    expect(isUnconditionalDenyForEveryone({ ...allowWrite })).toBe(false);
  });
});

describe('denyingStatement', () => {
  it('finds the Deny whether it comes before or after the Allow', () => {
    expect(denyingStatement([deny({}), allowWrite], allowWrite, 's3:Put*')).toBe(0);
    expect(denyingStatement([allowWrite, deny({ Action: 's3:*' })], allowWrite, 's3:Put*')).toBe(1);
  });

  it('needs the Deny to cover the whole action pattern and every resource of the Allow', () => {
    expect(denyingStatement([allowWrite, deny({ Action: 's3:PutObject' })], allowWrite, 's3:Put*')).toBeUndefined();
    expect(denyingStatement([allowWrite, deny({ Resource: 'arn:aws:s3:::b/private/*' })], allowWrite, 's3:Put*')).toBeUndefined();
    const allowEverywhere = { ...allowWrite, Resource: undefined, NotResource: 'arn:aws:s3:::b/x' };
    expect(denyingStatement([allowEverywhere, deny({})], allowEverywhere, 's3:Put*')).toBeUndefined();
    expect(denyingStatement([allowEverywhere, deny({ Resource: '*' })], allowEverywhere, 's3:Put*')).toBe(1);
  });
});
