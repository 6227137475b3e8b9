import { describe, expect, it } from 'vitest';
import { changeTypeLabel, formatChangePath, formatChangeValue } from './configChange';

describe('change history formatting', () => {
  it('joins a path into words and names the root', () => {
    expect(formatChangePath(['tags', 'value', 'kubernetes.io/cluster'])).toBe('tags › value › kubernetes.io/cluster');
    expect(formatChangePath([])).toBe('(whole configuration)');
  });

  it('shows strings as they are, other values as JSON, nothing as a dash, and cuts long values', () => {
    expect(formatChangeValue('Enabled')).toBe('Enabled');
    expect(formatChangeValue(false)).toBe('false');
    expect(formatChangeValue({ blockPublicAcls: true })).toBe('{"blockPublicAcls":true}');
    expect(formatChangeValue(null)).toBe('—');
    const long = formatChangeValue('x'.repeat(1000));
    expect(long).toHaveLength(301);
    expect(long.endsWith('…')).toBe(true);
  });

  it('labels change types, including ones it does not know', () => {
    expect(changeTypeLabel('DELETED')).toEqual({ label: 'Deleted', color: 'red' });
    expect(changeTypeLabel('RENAMED')).toEqual({ label: 'Renamed', color: 'gray' });
  });
});
