/**
 * A resource's tags as mute rules see them. Collectors store tags as `Collected<Record<string, string>>` on the
 * resources that have them; unreadable or absent tags are no tags (a tag-scoped rule then does not match).
 */

/** Shared by every resource without tags: most have none, and a finding keeps its resource's tags. */
export const NO_TAGS: Readonly<Record<string, string>> = Object.freeze({});

export function resourceTagsOf(resource: object): Readonly<Record<string, string>> {
  const tags = (resource as { tags?: { state: string; value?: unknown } }).tags;
  if (!tags || tags.state !== 'ok' || !tags.value || typeof tags.value !== 'object') return NO_TAGS;
  let out: Record<string, string> | undefined;
  // Defined, not assigned, so that a `__proto__` tag (valid in AWS) is a key like any other (see mute-input.ts).
  for (const [k, v] of Object.entries(tags.value as Record<string, unknown>)) {
    if (typeof v === 'string') Object.defineProperty((out ??= {}), k, { value: v, enumerable: true, writable: true, configurable: true });
  }
  return out ?? NO_TAGS;
}
