import { describe, expect, it } from 'vitest';
import { generateExternalId } from './external-id';
import { parseRoleArn } from './role-arn';

describe('generateExternalId', () => {
  it('has at least 128 random bits and only STS-accepted characters', () => {
    const id = generateExternalId();
    expect(Buffer.from(id, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
    expect(id).toMatch(/^[\w+=,.@:/-]{2,1224}$/);
    expect(generateExternalId()).not.toBe(id);
  });
});

describe('parseRoleArn', () => {
  it('accepts role ARNs with and without a path', () => {
    expect(parseRoleArn('arn:aws:iam::123456789012:role/CspmexaAudit')).toEqual({ partition: 'aws', accountId: '123456789012' });
    expect(parseRoleArn('arn:aws-us-gov:iam::123456789012:role/security/Audit')?.partition).toBe('aws-us-gov');
  });

  it.each([
    'arn:aws:iam::123456789012:user/alice',
    'arn:aws:iam::12345:role/x',
    'arn:aws:s3:::bucket',
    'arn:aws:iam::123456789012:role/',
    'not an arn',
  ])('refuses %s', (arn) => {
    expect(parseRoleArn(arn)).toBeNull();
  });
});
