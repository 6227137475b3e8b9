/** Opaque pagination tokens: which list and where the next page starts (AWS tokens are opaque to callers too). */

export function encodeToken(list: string, offset: number): string {
  return Buffer.from(JSON.stringify({ list, offset })).toString('base64url');
}

/** The offset a token points at, or undefined when it is not a token of this list (AWS answers 400 then). */
export function decodeToken(list: string, token: string | null): number | undefined {
  if (!token) return 0;
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { list?: unknown; offset?: unknown };
    return parsed.list === list && typeof parsed.offset === 'number' ? parsed.offset : undefined;
  } catch {
    return undefined;
  }
}

export interface Page<T> {
  items: T[];
  next?: string;
}

/** One page of `all`: `size` undefined means "everything at once" (an unpaginated call). */
export function pageOf<T>(list: string, all: readonly T[], offset: number, size: number | undefined): Page<T> {
  if (size === undefined) return { items: [...all] };
  const items = all.slice(offset, offset + size);
  const end = offset + items.length;
  return end < all.length ? { items, next: encodeToken(list, end) } : { items };
}
