/**
 * Exact lookup by the parts of a finding key (account, region, check, resource ARN; the org is fixed per
 * evaluation), without hashing: the same answer as a map keyed by `findingKey`, since the key is a function of
 * these parts. An evaluation looks up every verdict (about a million on a large estate) but hashes only the
 * findings it creates. Entries are bucketed by ARN: one map entry per resource instead of one per verdict (the
 * garbage collector's work grows with live entries), and a bucket holds the handful of checks of one resource.
 */
export interface KeyParts {
  accountId: string;
  region: string;
  checkId: string;
  resourceArn: string;
}

export class FindingKeyIndex<V> {
  readonly #byArn = new Map<string, V[]>();

  /** `partsOf(value)` gives the key parts a stored value belongs to. */
  constructor(private readonly partsOf: (value: V) => KeyParts) {}

  get isEmpty(): boolean {
    return this.#byArn.size === 0;
  }

  get(p: KeyParts): V | undefined {
    const bucket = this.#byArn.get(p.resourceArn);
    if (bucket === undefined) return undefined;
    const at = this.#find(bucket, p);
    return at < 0 ? undefined : bucket[at];
  }

  /** Stores or replaces the value of the tuple `p`. */
  set(p: KeyParts, value: V): void {
    const bucket = this.#byArn.get(p.resourceArn);
    if (bucket === undefined) {
      this.#byArn.set(p.resourceArn, [value]);
      return;
    }
    const at = this.#find(bucket, p);
    if (at < 0) bucket.push(value);
    else bucket[at] = value;
  }

  #find(bucket: readonly V[], p: KeyParts): number {
    for (let i = 0; i < bucket.length; i++) {
      const q = this.partsOf(bucket[i]!);
      if (q.checkId === p.checkId && q.accountId === p.accountId && q.region === p.region) return i;
    }
    return -1;
  }
}
