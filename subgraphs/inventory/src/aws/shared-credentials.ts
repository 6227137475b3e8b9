/**
 * Shares one credentials provider between all the clients of a scan (S3, EC2 per region, IAM, STS), so that an
 * assumed role is assumed once and refreshed shortly before it expires (SECURITY.md A4), not once per client.
 * `refresh()` forces new credentials when AWS says the session expired early; concurrent refreshes share one.
 */

const REFRESH_MARGIN_MS = 5 * 60_000;

/** The shape of an SDK credentials provider, kept structural so this file needs no SDK import. */
type Provider<C extends { expiration?: Date }> = () => Promise<C>;

export type SharedProvider<C extends { expiration?: Date }> = Provider<C> & { refresh(): Promise<void> };

export function sharedCredentials<C extends { expiration?: Date }>(source: Provider<C>, now: () => number = Date.now): SharedProvider<C> {
  let current: Promise<C> | undefined;
  let refreshing: Promise<void> | undefined;
  const fresh = (c: C) => !c.expiration || c.expiration.getTime() - REFRESH_MARGIN_MS > now();
  const provider = async () => {
    if (current) {
      const c = await current.catch(() => undefined);
      if (c && fresh(c)) return c;
    }
    // A failed attempt is not cached: the next call tries again.
    current = source();
    return current;
  };
  return Object.assign(provider, {
    refresh() {
      refreshing ??= (async () => {
        current = source();
        await current.catch(() => undefined);
      })().finally(() => {
        refreshing = undefined;
      });
      return refreshing;
    },
  });
}
