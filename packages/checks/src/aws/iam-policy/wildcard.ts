const cache = new Map<string, RegExp>();

/**
 * IAM-style glob: `*` matches any run of characters, `?` exactly one, everything else literally, ignoring case
 * (action names and condition keys are case-insensitive in IAM). Compiled patterns are cached because the same
 * few patterns are matched against many policies.
 */
export function wildcardMatch(pattern: string, value: string): boolean {
  let regex = cache.get(pattern);
  if (regex === undefined) {
    const source = pattern
      .split('')
      .map((ch) => (ch === '*' ? '.*' : ch === '?' ? '.' : ch.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
      .join('');
    regex = new RegExp(`^${source}$`, 'is');
    cache.set(pattern, regex);
  }
  return regex.test(value);
}
