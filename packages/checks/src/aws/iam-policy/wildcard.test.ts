import { describe, expect, it } from 'vitest';
import { wildcardMatch } from './wildcard';

describe('wildcardMatch', () => {
  it('matches * across any characters and ? as exactly one', () => {
    expect(wildcardMatch('*', 's3:GetObject')).toBe(true);
    expect(wildcardMatch('s3:Get*', 's3:GetObject')).toBe(true);
    expect(wildcardMatch('s3:Get*', 's3:PutObject')).toBe(false);
    expect(wildcardMatch('s3:?etObject', 's3:GetObject')).toBe(true);
    expect(wildcardMatch('s3:?etObject', 's3:GetsObject')).toBe(false);
  });

  it('ignores case, as IAM does for action names', () => {
    expect(wildcardMatch('S3:getobject', 's3:GetObject')).toBe(true);
  });

  it('treats regex metacharacters literally and anchors the whole value', () => {
    expect(wildcardMatch('a.b', 'axb')).toBe(false);
    expect(wildcardMatch('s3:Get', 's3:GetObject')).toBe(false);
    expect(wildcardMatch('arn:aws:s3:::bucket/(x)', 'arn:aws:s3:::bucket/(x)')).toBe(true);
  });
});
