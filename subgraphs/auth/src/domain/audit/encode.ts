/**
 * Values from requests (user agents, emails, names) end up in the audit trail and in log viewers. Control
 * characters could forge lines or terminal escapes there (log injection), so they are written as `\uXXXX`; the
 * backslash itself is doubled first so the encoding stays unambiguous. Long values are cut.
 */
const MAX_LENGTH = 512;

export function encodeAuditText(value: string): string {
  const escaped = value
    .replace(/\\/g, '\\\\')
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return escaped.length > MAX_LENGTH ? `${escaped.slice(0, MAX_LENGTH)}...` : escaped;
}

export function encodeOptional(value: string | null | undefined): string | null {
  return value === null || value === undefined || value === '' ? null : encodeAuditText(value);
}

export function encodeDetails(details: Record<string, string | number | boolean | null> = {}): Record<string, string | number | boolean | null> {
  const out: Record<string, string | number | boolean | null> = {};
  for (const [key, value] of Object.entries(details)) {
    out[encodeAuditText(key)] = typeof value === 'string' ? encodeAuditText(value) : typeof value === 'number' && !Number.isFinite(value) ? null : value;
  }
  return out;
}
