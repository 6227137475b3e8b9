/**
 * Follows every page of a list API through the caller. A server repeating a token would loop forever; the
 * repeat is treated as the last page rather than hanging the scan.
 */
import type { ApiRef, AwsCaller } from './aws-caller';

export async function paginate<Out, Item>(
  caller: AwsCaller,
  api: ApiRef,
  fetchPage: (token: string | undefined) => Promise<Out>,
  read: (out: Out) => { items: readonly Item[] | undefined; next: string | undefined },
): Promise<Item[]> {
  const all: Item[] = [];
  const seen = new Set<string>();
  let token: string | undefined;
  do {
    const page = read(await caller.call(api, () => fetchPage(token)));
    all.push(...(page.items ?? []));
    token = page.next || undefined;
    if (token && seen.has(token)) break;
    if (token) seen.add(token);
  } while (token);
  return all;
}
