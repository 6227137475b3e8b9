/**
 * Exact lookup by the parts of a finding key (account, region, check, resource ARN; the org is fixed per
 * evaluation), without hashing: the same answer as a map keyed by `findingKey`, since the key is a function of
 * these parts. An evaluation looks up every verdict (about a million on a large estate) but hashes only the
 * findings it creates, so the per-verdict cost is two map lookups on strings whose hashes V8 caches (check ids
 * and ARNs are shared strings), not a sha256.
 */
export interface KeyParts {
  accountId: string;
  region: string;
  checkId: string;
  resourceArn: string;
}

export class FindingKeyIndex<V> {
  /** check id -> ARN -> the value of the first (account, region) seen for that pair. */
  readonly #byCheck = new Map<string, Map<string, V>>();
  /** The rare other (account, region) with the same check and ARN, keyed by the whole tuple. */
  readonly #others = new Map<string, V>();

  /** `partsOf(value)` tells which account and region a stored value belongs to. */
  constructor(private readonly partsOf: (value: V) => { accountId: string; region: string }) {}

  get(p: KeyParts): V | undefined {
    const first = this.#byCheck.get(p.checkId)?.get(p.resourceArn);
    if (first === undefined) return undefined;
    return this.#sameTuple(first, p) ? first : this.#others.get(tupleOf(p));
  }

  /** Stores or replaces the value of the tuple `p`. */
  set(p: KeyParts, value: V): void {
    let byArn = this.#byCheck.get(p.checkId);
    if (byArn === undefined) {
      byArn = new Map();
      this.#byCheck.set(p.checkId, byArn);
    }
    const first = byArn.get(p.resourceArn);
    if (first === undefined || this.#sameTuple(first, p)) byArn.set(p.resourceArn, value);
    else this.#others.set(tupleOf(p), value);
  }

  #sameTuple(value: V, p: KeyParts): boolean {
    const q = this.partsOf(value);
    return q.accountId === p.accountId && q.region === p.region;
  }
}

const tupleOf = (p: KeyParts) => JSON.stringify([p.accountId, p.region, p.checkId, p.resourceArn]);
