/**
 * The mute dialog asks for a calendar day (`<input type="date">`, YYYY-MM-DD); the mute lasts through that day
 * in the person's own time zone, so it ends at the next local midnight. Empty means "never expires".
 */
export type MuteExpiry = { ok: true; expiresAt: string | null } | { ok: false; message: string };

export function parseMuteExpiry(day: string, now: Date): MuteExpiry {
  if (day.trim() === '') return { ok: true, expiresAt: null };
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day.trim());
  if (!match) return { ok: false, message: 'Enter a date as YYYY-MM-DD.' };
  const [, year, month, date] = match.map(Number) as [number, number, number, number];
  const day0 = new Date(year, month - 1, date);
  // Date rolls 2026-02-30 over to March: reject it instead of muting until a day nobody chose.
  if (day0.getFullYear() !== year || day0.getMonth() !== month - 1 || day0.getDate() !== date) {
    return { ok: false, message: 'That date does not exist.' };
  }
  const end = new Date(year, month - 1, date + 1);
  if (end.getTime() <= now.getTime()) return { ok: false, message: 'The expiry must be today or later.' };
  return { ok: true, expiresAt: end.toISOString() };
}

export const MUTE_REASON_MIN = 3;
export const MUTE_REASON_MAX = 1000;

/** The server's rule (3 to 1000 characters), checked first so the person gets the message at the field. */
export function muteReasonError(reason: string): string | null {
  const length = reason.trim().length;
  if (length === 0) return 'A reason is required: say why the risk is accepted.';
  if (length < MUTE_REASON_MIN) return `Write at least ${MUTE_REASON_MIN} characters.`;
  if (length > MUTE_REASON_MAX) return `Keep it under ${MUTE_REASON_MAX} characters.`;
  return null;
}
