import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, pageSize, toConnection } from './connection';

describe('connections', () => {
  it('caps page sizes at 100 and refuses negative ones', () => {
    expect(pageSize(undefined)).toBe(25);
    expect(pageSize(100)).toBe(100);
    expect(() => pageSize(100_000)).toThrow(/at most 100/);
    expect(() => pageSize(-1)).toThrow();
  });

  it('round-trips cursors and refuses forged ones with BAD_USER_INPUT', () => {
    expect(decodeCursor(encodeCursor(['HIGH', 3]))).toEqual(['HIGH', 3]);
    expect(() => decodeCursor('not-a-cursor')).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
  });

  it('uses the extra row to tell whether a next page exists', () => {
    const c = toConnection([1, 2, 3], 2, 10, (n) => [n]);
    expect(c.edges.map((e) => e.node)).toEqual([1, 2]);
    expect(c.pageInfo.hasNextPage).toBe(true);
    expect(decodeCursor(c.pageInfo.endCursor)).toEqual([2]);
  });
});
