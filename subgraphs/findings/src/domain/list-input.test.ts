import { describe, expect, it } from 'vitest';
import { checkFilter } from './list-input';

describe('checkFilter search', () => {
  it('resolves the text to the catalogue checks whose title, id or short id contains it, whatever the case', () => {
    expect(checkFilter({ search: '  S3-03 ' }).searchCheckIds).toEqual(['s3_bucket_public_access']);
    expect(checkFilter({ search: 'object_VERSIONING' }).searchCheckIds).toEqual(['s3_bucket_object_versioning']);
    expect(checkFilter({ search: 'has versioning enabled' }).searchCheckIds).toEqual(['s3_bucket_object_versioning']);
  });

  it('keeps the text for the ARN even when no check matches, and resolves nothing without a text', () => {
    expect(checkFilter({ search: 'arn:aws:s3:::logs_2026' })).toMatchObject({ search: 'arn:aws:s3:::logs_2026', searchCheckIds: [] });
    expect(checkFilter({ search: '   ' }).searchCheckIds).toBeUndefined();
    expect(checkFilter({}).searchCheckIds).toBeUndefined();
  });
});

describe('checkFilter muteRuleId', () => {
  it('turns an id that is not a UUID into a filter matching nothing, with no value for the uuid column', () => {
    expect(checkFilter({ muteRuleId: 'not-a-uuid' })).toMatchObject({ muteRuleId: null, controlCheckIds: [] });
    const id = '0b7f3f0e-4a7e-4f5e-9a49-5d0b1f1d2c3e';
    expect(checkFilter({ muteRuleId: id })).toEqual({ muteRuleId: id });
  });
});
