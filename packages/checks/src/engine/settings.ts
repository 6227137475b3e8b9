/** A tunable value of a check: thresholds, allow-lists. Kept to JSON scalars and string lists so it can be stored. */
export type SettingValue = string | number | boolean | readonly string[];
export type CheckSettings = Readonly<Record<string, SettingValue>>;

/**
 * Merges a tenant's overrides onto a check's defaults. Unknown keys and type changes are rejected rather than
 * ignored: a typo in an override would otherwise silently fall back to the default.
 */
export function resolveSettings<S extends CheckSettings>(
  checkId: string,
  defaults: S,
  overrides: Readonly<Record<string, SettingValue>> | undefined,
): S {
  if (overrides === undefined) return defaults;
  const problems: string[] = [];
  for (const [key, value] of Object.entries(overrides)) {
    if (!Object.hasOwn(defaults, key)) {
      problems.push(`unknown setting "${key}"`);
    } else if (kindOf(value) !== kindOf(defaults[key] as SettingValue)) {
      problems.push(`setting "${key}" must be ${kindOf(defaults[key] as SettingValue)}, got ${kindOf(value)}`);
    }
  }
  if (problems.length > 0) throw new Error(`Invalid settings for check ${checkId}: ${problems.join('; ')}`);
  // Lists are copied and frozen: a run's checks may memoize what they derive from one (port lists).
  const merged: Record<string, SettingValue> = { ...defaults };
  for (const [key, value] of Object.entries(overrides)) merged[key] = Array.isArray(value) ? Object.freeze([...value]) : value;
  return Object.freeze(merged) as S;
}

function kindOf(value: SettingValue): string {
  return Array.isArray(value) ? 'a list of strings' : `a ${typeof value}`;
}
