import type { PolicyStatement } from '@cspmexa/resources';
import { describe, expect, it } from 'vitest';
import { resourcesCoverAll, resourceTargets } from './resource-patterns';

const statement = (extra: Partial<PolicyStatement>): PolicyStatement => ({ Effect: 'Deny', Principal: '*', Action: 's3:*', ...extra });
const BUCKET = 'arn:aws:s3:::b';
const OBJECTS = 'arn:aws:s3:::b/*';

describe('resourcesCoverAll', () => {
  it('covers the bucket and its objects with the usual spellings', () => {
    const both = statement({ Resource: [BUCKET, OBJECTS] });
    expect(resourcesCoverAll(both, BUCKET)).toBe(true);
    expect(resourcesCoverAll(both, OBJECTS)).toBe(true);
    expect(resourcesCoverAll(statement({ Resource: '*' }), OBJECTS)).toBe(true);
    expect(resourcesCoverAll(statement({ Resource: 'arn:aws:s3:::b*' }), OBJECTS)).toBe(true);
  });

  it('does not stretch one ARN over the other, nor a prefix over every object', () => {
    expect(resourcesCoverAll(statement({ Resource: BUCKET }), OBJECTS)).toBe(false);
    expect(resourcesCoverAll(statement({ Resource: OBJECTS }), BUCKET)).toBe(false);
    expect(resourcesCoverAll(statement({ Resource: 'arn:aws:s3:::b/private/*' }), OBJECTS)).toBe(false);
  });

  it('compares ARNs case-sensitively, as S3 does for object keys', () => {
    expect(resourcesCoverAll(statement({ Resource: 'arn:aws:s3:::b/Data/*' }), 'arn:aws:s3:::b/data/*')).toBe(false);
  });

  it('reads NotResource as everything except its exceptions, and no element as nothing', () => {
    expect(resourcesCoverAll(statement({ NotResource: 'arn:aws:s3:::other/*' }), OBJECTS)).toBe(true);
    expect(resourcesCoverAll(statement({ NotResource: 'arn:aws:s3:::b/secret' }), OBJECTS)).toBe(false);
    expect(resourcesCoverAll(statement({}), OBJECTS)).toBe(false);
  });
});

describe('resourceTargets', () => {
  it('lists Resource, and reads NotResource or no element as everything', () => {
    expect(resourceTargets(statement({ Resource: OBJECTS }))).toEqual([OBJECTS]);
    expect(resourceTargets(statement({ NotResource: OBJECTS }))).toEqual(['*']);
    expect(resourceTargets(statement({}))).toEqual(['*']);
  });
});
