/** Emails are compared and stored lower-cased and trimmed: `Admin@X.io` and `admin@x.io` are one account. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
