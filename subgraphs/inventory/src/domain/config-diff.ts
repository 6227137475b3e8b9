/**
 * What changed in a resource's normalized config between two scans. A rescan first compares fingerprints (sha256
 * of the canonical JSON) and diffs only the resources whose fingerprint moved, so an unchanged estate costs one
 * hash per resource.
 *
 * Left out of both: activity timestamps (`lastUsed`, `passwordLastUsed`...), which move whenever someone works and
 * are not configuration, and parts that could not be read (`{ state: 'error' }`): a read failure is not a change,
 * and its message carries request ids.
 */
import crypto from 'node:crypto';

export type ConfigChangeKind = 'ADDED' | 'REMOVED' | 'CHANGED';

export interface ConfigChange {
  /** Keys from the config's root, array indexes as decimal strings. */
  path: string[];
  change: ConfigChangeKind;
  /** Absent when ADDED. */
  before?: unknown;
  /** Absent when REMOVED. */
  after?: unknown;
}

/** Keys holding usage telemetry rather than configuration. */
const ACTIVITY_KEYS = new Set(['lastUsed', 'lastUsedDate', 'lastUsedRegion', 'lastUsedService', 'passwordLastUsed']);

/** A config diff is for people to read; past this many paths the rest is counted, not stored. */
export const MAX_DIFF_ENTRIES = 200;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isReadError = (v: unknown): boolean => isObject(v) && v.state === 'error';

/** The value with sorted keys, activity keys dropped and read errors reduced to their state. */
function canonical(value: unknown): Json {
  if (Array.isArray(value)) return value.map(canonical);
  if (!isObject(value)) return value === undefined ? null : (value as Json);
  if (isReadError(value)) return { state: 'error' };
  const out: { [key: string]: Json } = {};
  for (const key of Object.keys(value).sort()) {
    if (!ACTIVITY_KEYS.has(key) && value[key] !== undefined) out[key] = canonical(value[key]);
  }
  return out;
}

export function configFingerprint(config: unknown): string {
  return crypto.createHash('sha256').update(JSON.stringify(canonical(config))).digest('hex');
}

const sameValue = (a: unknown, b: unknown) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

/**
 * Objects are compared key by key; arrays of the same length element by element (a key deactivated shows as
 * `.../accessKeys/0/active`); arrays whose length changed, and scalars, are reported whole.
 */
export function diffConfig(before: unknown, after: unknown, path: string[] = []): ConfigChange[] {
  if (isReadError(before) || isReadError(after)) return [];
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => !ACTIVITY_KEYS.has(k)).sort();
    return keys.flatMap((key): ConfigChange[] => {
      const b = before[key];
      const a = after[key];
      if (b === undefined && a === undefined) return [];
      if (b === undefined) return [{ path: [...path, key], change: 'ADDED', after: a }];
      if (a === undefined) return [{ path: [...path, key], change: 'REMOVED', before: b }];
      return diffConfig(b, a, [...path, key]);
    });
  }
  if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
    return before.flatMap((b, i) => diffConfig(b, after[i], [...path, String(i)]));
  }
  return sameValue(before, after) ? [] : [{ path, change: 'CHANGED', before, after }];
}
