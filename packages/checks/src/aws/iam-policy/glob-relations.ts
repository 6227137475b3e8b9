/**
 * Relations between two IAM-style globs (`*` any run, `?` one character), where `wildcardMatch` only compares a
 * glob with a plain value. Checks need them because both sides of a question are often patterns: does an
 * `Action: "s3:*Object"` reach any `s3:Put*` action, does a Deny on `arn:aws:s3:::b*` cover `arn:aws:s3:::b/*`.
 */

export interface GlobOptions {
  /** Action names and condition keys ignore case in IAM; resource ARNs (object keys) do not. Default true. */
  ignoreCase?: boolean;
}

const fold = (s: string, ignoreCase: boolean) => (ignoreCase ? s.toLowerCase() : s);

/** True when at least one string matches both globs: "can these two patterns ever name the same thing". */
export function globsOverlap(a: string, b: string, { ignoreCase = true }: GlobOptions = {}): boolean {
  const x = fold(a, ignoreCase);
  const y = fold(b, ignoreCase);
  const memo = new Map<number, boolean>();
  const overlap = (i: number, j: number): boolean => {
    const key = i * (y.length + 1) + j;
    const cached = memo.get(key);
    if (cached !== undefined) return cached;
    let result: boolean;
    // A star either matches nothing more or swallows the next character (or star) of the other side; two stars
    // that both match something can always be reduced to one of them, so these two moves are enough.
    if (x[i] === '*') result = overlap(i + 1, j) || (j < y.length && overlap(i, j + 1));
    else if (y[j] === '*') result = overlap(i, j + 1) || (i < x.length && overlap(i + 1, j));
    else if (i === x.length || j === y.length) result = i === x.length && j === y.length;
    else result = (x[i] === '?' || y[j] === '?' || x[i] === y[j]) && overlap(i + 1, j + 1);
    memo.set(key, result);
    return result;
  };
  return overlap(0, 0);
}

/**
 * True when every string matched by `inner` is matched by `outer` ("s3:*" covers "s3:Put*"). Sound but not
 * complete: `inner`'s wildcards are treated as opaque symbols that only a `*` of `outer` (or a `?` for a `?`)
 * may absorb. Exotic pairs may therefore answer false although the inclusion holds; callers use a false answer
 * only to withhold credit (a Deny not counted, a NotAction not trusted), which can move a verdict towards FAIL,
 * never towards PASS.
 */
export function globCovers(outer: string, inner: string, { ignoreCase = true }: GlobOptions = {}): boolean {
  const x = fold(outer, ignoreCase);
  const y = fold(inner, ignoreCase);
  const memo = new Map<number, boolean>();
  const covers = (i: number, j: number): boolean => {
    const key = i * (y.length + 1) + j;
    const cached = memo.get(key);
    if (cached !== undefined) return cached;
    let result: boolean;
    if (i === x.length) result = j === y.length;
    else if (x[i] === '*') result = covers(i + 1, j) || (j < y.length && covers(i, j + 1));
    else if (j === y.length) result = false;
    else if (x[i] === '?') result = y[j] !== '*' && covers(i + 1, j + 1);
    else result = x[i] === y[j] && covers(i + 1, j + 1);
    memo.set(key, result);
    return result;
  };
  return covers(0, 0);
}
