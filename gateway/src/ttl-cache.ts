/** A small map whose entries expire after `ttlMs`, with removal by predicate (event-driven invalidation). */
export function createTtlCache<V>(ttlMs: number, maxEntries = 10_000, now: () => number = Date.now) {
  const entries = new Map<string, { value: V; expiresAt: number }>();
  return {
    get(key: string): V | undefined {
      const e = entries.get(key);
      if (!e) return undefined;
      if (e.expiresAt <= now()) {
        entries.delete(key);
        return undefined;
      }
      return e.value;
    },
    set(key: string, value: V): void {
      entries.delete(key);
      entries.set(key, { value, expiresAt: now() + ttlMs });
      // Oldest first: a flood of distinct tokens cannot grow memory without bound.
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
    },
    deleteWhere(match: (key: string, value: V) => boolean): void {
      for (const [key, e] of entries) if (match(key, e.value)) entries.delete(key);
    },
  };
}
