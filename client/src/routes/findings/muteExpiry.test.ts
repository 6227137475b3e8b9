import { describe, expect, it } from 'vitest';
import { muteReasonError, parseMuteExpiry } from './muteExpiry';

const now = new Date(2026, 5, 15, 12, 0);

describe('mute expiry and reason', () => {
  it('an empty day means the mute never expires', () => {
    expect(parseMuteExpiry('', now)).toEqual({ ok: true, expiresAt: null });
  });

  it('a day mutes through that day: it ends at the next local midnight', () => {
    expect(parseMuteExpiry('2026-06-30', now)).toEqual({ ok: true, expiresAt: new Date(2026, 6, 1).toISOString() });
    expect(parseMuteExpiry('2026-06-15', now)).toEqual({ ok: true, expiresAt: new Date(2026, 5, 16).toISOString() });
  });

  it('refuses past days, impossible dates and garbage', () => {
    expect(parseMuteExpiry('2026-06-14', now).ok).toBe(false);
    expect(parseMuteExpiry('2026-02-30', now)).toEqual({ ok: false, message: 'That date does not exist.' });
    expect(parseMuteExpiry('next week', now).ok).toBe(false);
  });

  it('requires a reason of 3 to 1000 characters, as the server does', () => {
    expect(muteReasonError('  ')).toMatch(/required/);
    expect(muteReasonError('ok')).toMatch(/at least 3/);
    expect(muteReasonError('x'.repeat(1001))).toMatch(/under 1000/);
    expect(muteReasonError('Public website bucket by design')).toBeNull();
  });
});
