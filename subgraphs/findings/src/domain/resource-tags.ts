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
  for (const [k, v] of Object.entries(tags.value as Record<string, unknown>)) if (typeof v === 'string') (out ??= {})[k] = v;
  return out ?? NO_TAGS;
}
