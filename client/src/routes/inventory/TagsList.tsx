import { Badge, Group, Text } from '@mantine/core';

/** `tags` is a JSON key/value object, or null when the collector could not read them. */
export function tagEntries(tags: unknown): [string, string][] | null {
  if (tags === null || typeof tags !== 'object' || Array.isArray(tags)) return null;
  return Object.entries(tags as Record<string, unknown>)
    .map(([key, value]): [string, string] => [key, typeof value === 'string' ? value : JSON.stringify(value)])
    .sort(([a], [b]) => a.localeCompare(b));
}

export function TagsList({ tags }: { tags: unknown }) {
  const entries = tagEntries(tags);
  if (entries === null) return <Text c="dimmed">The tags could not be read.</Text>;
  if (entries.length === 0) return <Text c="dimmed">No tags.</Text>;
  return (
    <Group gap="xs" component="ul" aria-label="Tags" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {entries.map(([key, value]) => (
        <li key={key}>
          <Badge variant="light" color="gray" radius="sm" tt="none">
            {key} = {value}
          </Badge>
        </li>
      ))}
    </Group>
  );
}
