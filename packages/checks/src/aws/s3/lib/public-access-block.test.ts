import { absent, ok, readError, type PublicAccessBlock } from '@cspmexa/resources';
import { describe, expect, it } from 'vitest';
import { effectiveFlag } from './public-access-block';

const flags = (on: boolean): PublicAccessBlock => ({
  blockPublicAcls: on,
  ignorePublicAcls: on,
  blockPublicPolicy: on,
  restrictPublicBuckets: on,
});
const denied = readError<PublicAccessBlock>('GetPublicAccessBlock', 'AccessDenied', 'Access Denied');
const accountDenied = readError<PublicAccessBlock>('s3control:GetPublicAccessBlock', 'AccessDenied', 'Access Denied');

describe('effectiveFlag', () => {
  it('is on at bucket level first, then at account level', () => {
    expect(effectiveFlag('ignorePublicAcls', ok(flags(true)), ok(flags(true)))).toEqual({ state: 'on', by: 'bucket' });
    expect(effectiveFlag('ignorePublicAcls', ok(flags(false)), ok(flags(true)))).toEqual({ state: 'on', by: 'account' });
    expect(effectiveFlag('ignorePublicAcls', absent(), ok(flags(true)))).toEqual({ state: 'on', by: 'account' });
  });

  it('combines levels flag by flag', () => {
    const bucket = ok({ ...flags(false), restrictPublicBuckets: true });
    expect(effectiveFlag('restrictPublicBuckets', bucket, undefined).state).toBe('on');
    expect(effectiveFlag('ignorePublicAcls', bucket, undefined).state).toBe('off');
  });

  it('is off when neither readable level sets it, and an uncollected account level counts as off', () => {
    expect(effectiveFlag('blockPublicAcls', absent(), absent())).toEqual({ state: 'off' });
    expect(effectiveFlag('blockPublicAcls', ok(flags(false)), undefined)).toEqual({ state: 'off' });
  });

  it('is unknown when an unreadable level might have set it', () => {
    expect(effectiveFlag('ignorePublicAcls', denied, undefined)).toEqual({ state: 'unknown', error: denied });
    expect(effectiveFlag('ignorePublicAcls', ok(flags(false)), accountDenied)).toEqual({ state: 'unknown', error: accountDenied });
  });

  it('is on despite an unreadable level when the other level sets it', () => {
    expect(effectiveFlag('ignorePublicAcls', denied, ok(flags(true)))).toEqual({ state: 'on', by: 'account' });
    expect(effectiveFlag('ignorePublicAcls', ok(flags(true)), accountDenied)).toEqual({ state: 'on', by: 'bucket' });
  });
});
