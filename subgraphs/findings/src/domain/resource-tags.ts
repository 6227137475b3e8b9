/**
 * A resource's tags as mute rules see them. Collectors store tags as `Collected<Record<string, string>>` on the
 * resources that have them; unreadable or absent tags are no tags (a tag-scoped rule then does not match).
 */
import type { CloudResource } from '@cspmexa/resources';

export function resourceTagsOf(resource: CloudResource): Record<string, string> {
  const tags = (resource as { tags?: { state: string; value?: unknown } }).tags;
  if (!tags || tags.state !== 'ok' || !tags.value || typeof tags.value !== 'object') return {};
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(tags.value as Record<string, unknown>)) if (typeof v === 'string') out[k] = v;
  return out;
}
