/** The API accepts 1 to 20 recipients per rule. */
export const MAX_RECIPIENTS = 20;

// Deliberately loose: the server validates for real; this only catches typos before a round trip.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export type RecipientsResult = { ok: true; recipients: string[] } | { ok: false; problem: string };

/** Recipients as typed in one field: separated by commas, semicolons or new lines; duplicates dropped. */
export function parseRecipients(input: string): RecipientsResult {
  const recipients = [...new Set(input.split(/[\s,;]+/).map((part) => part.trim().toLowerCase()).filter(Boolean))];
  if (recipients.length === 0) return { ok: false, problem: 'Enter at least one email address.' };
  if (recipients.length > MAX_RECIPIENTS) return { ok: false, problem: `Enter at most ${MAX_RECIPIENTS} email addresses.` };
  const invalid = recipients.find((recipient) => !EMAIL_PATTERN.test(recipient));
  if (invalid) return { ok: false, problem: `"${invalid}" is not an email address.` };
  return { ok: true, recipients };
}
