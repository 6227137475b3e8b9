import { describe, expect, it } from 'vitest';
import { MAX_RECIPIENTS, parseRecipients } from './recipients';

describe('parseRecipients', () => {
  it('splits on commas, semicolons and new lines, lower-cases and drops duplicates', () => {
    expect(parseRecipients('SecOps@Example.com, oncall@example.com;\nsecops@example.com')).toEqual({
      ok: true,
      recipients: ['secops@example.com', 'oncall@example.com'],
    });
  });

  it('refuses an empty list, too many addresses and a malformed one', () => {
    expect(parseRecipients(' , ')).toEqual({ ok: false, problem: 'Enter at least one email address.' });
    const many = Array.from({ length: MAX_RECIPIENTS + 1 }, (_, i) => `user${i}@example.com`).join(',');
    expect(parseRecipients(many).ok).toBe(false);
    expect(parseRecipients('ops@example.com, not-an-email')).toEqual({
      ok: false,
      problem: '"not-an-email" is not an email address.',
    });
  });
});
