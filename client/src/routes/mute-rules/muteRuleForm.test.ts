import { describe, expect, it } from 'vitest';
import { EMPTY_MUTE_RULE_FORM, fieldOfServerError, parseTags, toMuteRuleInput } from './muteRuleForm';

const now = new Date(2026, 2, 10, 12, 0, 0);

describe('the mute rule form', () => {
  it('builds the API input from the scope the person chose, leaving empty scopes out', () => {
    const result = toMuteRuleInput(
      {
        ...EMPTY_MUTE_RULE_FORM,
        reason: '  Sandbox account, accepted  ',
        checkIds: ['s3_bucket_public_access'],
        regions: [' eu-west-1 ', 'eu-west-1'],
        resourcePattern: ' arn:aws:s3:::logs-* ',
        tags: 'env = sandbox\n\nteam=a',
        expiryDay: '2026-03-31',
      },
      now,
    );
    expect(result).toEqual({
      ok: true,
      input: {
        reason: 'Sandbox account, accepted',
        checkIds: ['s3_bucket_public_access'],
        regions: ['eu-west-1'],
        resourcePattern: 'arn:aws:s3:::logs-*',
        tags: [
          { key: 'env', value: 'sandbox' },
          { key: 'team', value: 'a' },
        ],
        // Through the chosen local day: it ends at the next local midnight.
        expiresAt: new Date(2026, 3, 1).toISOString(),
      },
    });
  });

  it('requires a reason and at least one scope, and says so at each field', () => {
    const result = toMuteRuleInput({ ...EMPTY_MUTE_RULE_FORM, expiryDay: '2026-03-01' }, now);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual(['expiresAt', 'reason', 'scope']);
    expect(result.errors.scope).toMatch(/would mute everything/);
  });

  it('refuses a pattern of wildcards only and tags without a key', () => {
    const result = toMuteRuleInput({ ...EMPTY_MUTE_RULE_FORM, reason: 'valid reason', resourcePattern: '*?*', tags: '=x' }, now);
    expect(result).toEqual({
      ok: false,
      errors: { resourcePattern: expect.stringMatching(/besides wildcards/), tags: expect.stringMatching(/key=value/) },
    });
  });

  it('parses tags one per line, the value after the first equals sign', () => {
    expect(parseTags('url=https://a/?b=c')).toEqual({ ok: true, tags: [{ key: 'url', value: 'https://a/?b=c' }] });
    expect(parseTags(Array.from({ length: 21 }, (_, i) => `k${i}=v`).join('\n'))).toEqual({ ok: false, message: 'At most 20 tags.' });
  });

  it('places a server message at the field it names, else on the form', () => {
    expect(fieldOfServerError('resourcePattern')).toBe('resourcePattern');
    expect(fieldOfServerError('input')).toBe('scope');
    expect(fieldOfServerError(undefined)).toBe('scope');
  });
});
