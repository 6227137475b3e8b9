/**
 * How a change history entry reads: the path as keys joined by `›` (so `tags › value › env`), values as compact
 * JSON cut to a readable length (the full configuration is one section below), and a label and colour per type.
 */
const MAX_VALUE_CHARS = 300;

export function formatChangePath(path: readonly string[]): string {
  return path.length === 0 ? '(whole configuration)' : path.join(' › ');
}

export function formatChangeValue(value: unknown): string {
  if (value === null || value === undefined) return '—';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS)}…` : text;
}

const CHANGE_TYPE: Readonly<Record<string, { label: string; color: string }>> = {
  CREATED: { label: 'Created', color: 'green' },
  MODIFIED: { label: 'Modified', color: 'blue' },
  DELETED: { label: 'Deleted', color: 'red' },
};

/** Typed as string: a change type added later shows as itself instead of breaking the page. */
export function changeTypeLabel(type: string): { label: string; color: string } {
  return CHANGE_TYPE[type] ?? { label: type.charAt(0) + type.slice(1).toLowerCase(), color: 'gray' };
}

const PATH_CHANGE: Readonly<Record<string, string>> = { ADDED: 'Added', REMOVED: 'Removed', CHANGED: 'Changed' };

export const pathChangeLabel = (change: string): string => PATH_CHANGE[change] ?? change;
