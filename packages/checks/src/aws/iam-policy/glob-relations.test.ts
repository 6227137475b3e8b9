import { describe, expect, it } from 'vitest';
import { globCovers, globsOverlap } from './glob-relations';

describe('globsOverlap', () => {
  it('finds a common action for patterns that share one', () => {
    expect(globsOverlap('s3:*', 's3:Put*')).toBe(true);
    expect(globsOverlap('*', 's3:Delete*')).toBe(true);
    expect(globsOverlap('s3:*Object', 's3:Put*')).toBe(true);
    expect(globsOverlap('s3:P?tObject', 's3:Put*')).toBe(true);
    expect(globsOverlap('s3:PutObject', 's3:Put*')).toBe(true);
  });

  it('finds none when the fixed parts disagree', () => {
    expect(globsOverlap('s3:Get*', 's3:Put*')).toBe(false);
    expect(globsOverlap('s3:GetObject', 's3:Delete*')).toBe(false);
    expect(globsOverlap('iam:*', 's3:*')).toBe(false);
    expect(globsOverlap('s3:Put', 's3:Put?')).toBe(false);
  });

  it('ignores case by default and honours it for resources', () => {
    expect(globsOverlap('S3:put*', 's3:PutObject')).toBe(true);
    expect(globsOverlap('arn:aws:s3:::B/*', 'arn:aws:s3:::b/*', { ignoreCase: false })).toBe(false);
  });
});

describe('globCovers', () => {
  it('covers a narrower pattern with a wider one', () => {
    expect(globCovers('*', 's3:Put*')).toBe(true);
    expect(globCovers('s3:*', 's3:Put*')).toBe(true);
    expect(globCovers('s3:P*', 's3:Put*')).toBe(true);
    expect(globCovers('arn:aws:s3:::b*', 'arn:aws:s3:::b/*')).toBe(true);
    expect(globCovers('s3:PutObject', 's3:PutObject')).toBe(true);
  });

  it('does not cover a pattern that reaches beyond it', () => {
    expect(globCovers('s3:Put*', 's3:*')).toBe(false);
    expect(globCovers('s3:PutObject', 's3:Put*')).toBe(false);
    expect(globCovers('s3:Put?', 's3:Put*')).toBe(false);
    expect(globCovers('arn:aws:s3:::b', 'arn:aws:s3:::b/*')).toBe(false);
  });

  it('treats a ? of the inner pattern as one unknown character', () => {
    expect(globCovers('s3:?utObject', 's3:?utObject')).toBe(true);
    expect(globCovers('s3:PutObject', 's3:?utObject')).toBe(false);
  });
});
