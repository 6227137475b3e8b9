/**
 * Per-request batching (the DataLoader idea in a few lines): the keys that field resolvers of one request ask for
 * while graphql-js walks a list are loaded by ONE call, and each key at most once per request. Loaders live on the
 * request's context object, so nothing is cached across requests or viewers.
 */
export function perRequestBatch<C extends object, K, V>(load: (ctx: C, keys: K[]) => Promise<Map<K, V>>) {
  const loaders = new WeakMap<C, (key: K) => Promise<V | undefined>>();
  return (ctx: C, key: K): Promise<V | undefined> => {
    let get = loaders.get(ctx);
    if (!get) {
      get = batcher((keys) => load(ctx, keys));
      loaders.set(ctx, get);
    }
    return get(key);
  };
}

function batcher<K, V>(load: (keys: K[]) => Promise<Map<K, V>>): (key: K) => Promise<V | undefined> {
  const seen = new Map<K, Promise<V | undefined>>();
  let pending: { keys: K[]; loaded: Promise<Map<K, V>> } | null = null;
  return (key) => {
    const known = seen.get(key);
    if (known) return known;
    if (!pending) {
      const keys: K[] = [];
      // Like DataLoader: wait past the promise jobs of this tick, so every sibling in the list has asked.
      const loaded = new Promise<void>((resolve) => void Promise.resolve().then(() => process.nextTick(resolve))).then(() => {
        pending = null;
        return load(keys);
      });
      pending = { keys, loaded };
    }
    pending.keys.push(key);
    const value = pending.loaded.then((values) => values.get(key));
    seen.set(key, value);
    return value;
  };
}
