/**
 * One scan's verdicts, one per finding key (the worst when a check reports a key twice), in order of first
 * appearance. A large estate gives about a million verdicts, three in four of them PASS; keeping each as an
 * object made the garbage collector half of an evaluation's cost. So the set is columnar: a verdict is a slot in
 * a few typed arrays holding small integers, one of them the position of its origin (the inventory resource,
 * which the engine already has) in a list with one entry per resource. The ARN is kept only where it is not the
 * resource's own (checks nearly always judge the resource itself).
 * Only a FAIL has a message: a finding stores the message of the scan that saw it failing, never of a pass or of
 * unreadable data (lifecycle `seen`). The engine's set keeps none: it asks the check again for the verdicts the
 * planner writes (`RemakeMessage`); keeping the text of a large first scan's ~230,000 failures until planning
 * cost the collector about a fifth of the evaluation, making it again a tenth. A set of rows made elsewhere
 * (`of`) keeps the messages it was given.
 * Nothing is allocated per verdict; `result(i)` builds the flat row for the few the planner writes.
 */
import type { CheckResult, CheckStatus, Severity } from './evaluate';
import type { KeyParts } from './finding-key-index';
import { resourceTagsOf } from './resource-tags';

/** What a finding stores about its check; the engine's check metadata is one, shared by all its verdicts. */
export interface CheckFacts {
  readonly id: string;
  readonly shortId: string;
  readonly severity: Severity;
  readonly title: string;
  readonly service: string;
}

/** The resource a verdict is about; an inventory resource is one (its tags, if any, are read as collected). */
export interface VerdictOrigin {
  readonly id: string;
  readonly resource: { readonly accountId: string; readonly region: string; readonly arn?: string; readonly tags?: unknown };
}

/**
 * The message of a FAIL verdict, made again: what the check that judged `origin` says about `resourceArn`.
 * Checks are pure and a run's context is fixed, so it is the message the verdict had. `origin` is one the set
 * was given.
 */
export type RemakeMessage = (facts: CheckFacts, origin: VerdictOrigin, resourceArn: string) => string;

// Worse verdicts weigh more; a key keeps its heaviest.
const STATUSES: readonly CheckStatus[] = ['PASS', 'UNKNOWN', 'FAIL'];
// Compared, not looked up in a table: a keyed load per verdict showed in profiles.
const weightOf = (status: CheckStatus): number => (status === 'PASS' ? 0 : status === 'FAIL' ? 2 : 1);
const NONE = -1;
const FAIL = 2;
const MAX_SCOPES = 0xffff;

export class VerdictSet {
  /** The facts seen, each once; verdicts refer to them by position. */
  readonly #checks: CheckFacts[] = [];
  readonly #checkByFacts = new Map<CheckFacts, number>();
  /** Per facts position, the position of its check id: what keys compare (two facts objects can share an id). */
  readonly #idOf: number[] = [];
  readonly #idByCheckId = new Map<string, number>();
  // The columns, grown by doubling: typed arrays for numbers, preallocated arrays for references (growing an
  // array one push at a time copies it, and copying arrays of young strings is what the collector pays for).
  #capacity: number;
  #size = 0;
  #check: Uint16Array;
  #weight: Uint8Array;
  /**
   * The next verdict about the same ARN (a chain per ARN: one head per resource, not per verdict). Not a
   * FindingKeyIndex (what planning uses for stored findings): its array per ARN cost 0.2 s more per 910,600
   * verdicts (0.69 s -> 0.90 s for the checks into the set, measured), a quarter of this step.
   */
  #next: Int32Array;
  /**
   * The verdict's origin, as its position in `#origins` (one entry per run of verdicts about the same origin: a
   * resource's come together). Not a column of references: an array of a million of them is filled when made
   * (25 ms of fresh memory per evaluation on this VM, measured), a typed array is touched only where written.
   */
  #originOf: Int32Array;
  readonly #origins: VerdictOrigin[] = [];
  /**
   * The (account, region) of the verdict's origin, interned: compared and read as a number. Origins are of many
   * shapes (a bucket, a security group, a user...), so reading their fields per verdict is a megamorphic access
   * that also threw the planner's optimized code away each time the resource kind changed.
   */
  #scope: Uint16Array;
  readonly #scopes: { readonly accountId: string; readonly region: string }[] = [];
  readonly #scopeIds = new Map<string, Map<string, number>>();
  /** Per slot whose ARN is not its origin's own ARN, that ARN (none in a usual scan). */
  readonly #otherArn = new Map<number, string>();
  /** The messages, when the set keeps them (`remake` absent). */
  #message: string[] | undefined;
  readonly #remake: RemakeMessage | undefined;
  /**
   * Per ARN, the head of its chain. Undefined while the set can do without it: when the origins are known to have
   * distinct ARNs (`distinctOriginArns`) and every verdict so far is about its origin's own ARN, a key's chain is its
   * origin's, kept in `#originHeads`. A map of a hundred thousand ARNs cost a tenth of an evaluation (a lookup and
   * an insert per resource, cache misses both). Made from the origins when first needed (a verdict about another
   * ARN, `indexOf`) and kept from then on.
   */
  #headByArn: Map<string, number> | undefined;
  /** Without the map: per entry of `#origins`, the head of its chain. */
  #originHeads: number[] = [];
  // The chain head of the ARN of the latest verdict, written to #headByArn (when there is one) when the ARN changes:
  // a resource's verdicts come one after another, so most verdicts find their chain without a map lookup.
  #lastArn: string | undefined;
  #lastHead = NONE;
  #lastOrigin: VerdictOrigin | undefined;
  #lastOriginAt = NONE;
  #lastOriginArn: string | undefined;
  #lastScope = 0;
  #received = 0;
  // The tags of the latest origin asked for (a resource's verdicts are read one after another).
  #tagsOrigin: VerdictOrigin | undefined;
  #tags: Readonly<Record<string, string>> | undefined;

  /**
   * `expected`: about how many distinct keys to make room for (a hint; the set grows past it). `remake`: how to
   * make a FAIL verdict's message when it is asked for; without it the set keeps the messages it is given.
   * `distinctOriginArns`: the caller's word that no two origins it adds have the same ARN (`resource.arn`) and that
   * each origin's verdicts come together; the set then finds keys without a map by ARN while it can.
   */
  constructor(expected = 1024, remake?: RemakeMessage, distinctOriginArns = false) {
    this.#capacity = Math.max(16, expected);
    this.#check = new Uint16Array(this.#capacity);
    this.#weight = new Uint8Array(this.#capacity);
    this.#next = new Int32Array(this.#capacity);
    this.#scope = new Uint16Array(this.#capacity);
    this.#originOf = new Int32Array(this.#capacity);
    this.#remake = remake;
    if (remake === undefined) this.#message = new Array<string>(this.#capacity);
    if (!distinctOriginArns) this.#headByArn = new Map();
  }

  /**
   * A set of rows already made (tests, callers of `runChecks`); `resources` lends each row the tags of the
   * inventory resource with its resource id.
   */
  static of(results: readonly CheckResult[], resources: readonly { id: string; resource: object }[] = []): VerdictSet {
    const set = new VerdictSet();
    const facts = new Map<string, CheckFacts>();
    const tagsById = new Map(resources.map((r) => [r.id, (r.resource as { tags?: unknown }).tags]));
    for (const r of results) {
      // Rows may disagree on a check's title or severity (history, tests): each variant keeps its own facts.
      const variant = [r.checkId, r.shortId, r.severity, r.title, r.service].join('\u0000');
      let f = facts.get(variant);
      if (f === undefined) {
        f = { id: r.checkId, shortId: r.shortId, severity: r.severity, title: r.title, service: r.service };
        facts.set(variant, f);
      }
      const origin = { id: r.resourceId, resource: { accountId: r.accountId, region: r.region, arn: r.resourceArn, tags: tagsById.get(r.resourceId) } };
      set.add(f, origin, r.status, r.resourceArn, r.message);
    }
    return set;
  }

  /** Distinct finding keys. */
  get size(): number {
    return this.#size;
  }

  /** Verdicts added, before keeping one per key: the number of evaluations made. */
  get received(): number {
    return this.#received;
  }

  add(facts: CheckFacts, origin: VerdictOrigin, status: CheckStatus, resourceArn: string, message: string): void {
    this.#received++;
    if (origin !== this.#lastOrigin) {
      this.#lastOrigin = origin;
      this.#lastOriginAt = this.#origins.push(origin) - 1;
      this.#lastOriginArn = origin.resource.arn;
      this.#lastScope = this.#scopeId(origin.resource.accountId, origin.resource.region, true);
      if (this.#headByArn === undefined) {
        this.#originHeads.push(NONE);
        // Without the map the latest head may be another ARN's chain: forget it unless it is this origin's own ARN,
        // so that this origin's first verdict finds its chain by its own ARN (or makes the map, if it is about
        // another ARN) instead of continuing that chain because it names the same ARN as the previous verdict.
        if (this.#lastArn !== this.#lastOriginArn) this.#lastArn = undefined;
      }
    }
    const scope = this.#lastScope;
    const weight = weightOf(status);
    const check = this.#checkByFacts.get(facts) ?? this.#intern(facts);
    if (resourceArn !== this.#lastArn) {
      if (this.#headByArn === undefined && resourceArn === this.#lastOriginArn) {
        this.#lastHead = this.#originHeads[this.#lastOriginAt]!;
      } else {
        const byArn = this.#byArn();
        this.#flushArn();
        this.#lastHead = byArn.get(resourceArn) ?? NONE;
      }
      this.#lastArn = resourceArn;
    }
    const head = this.#lastHead;
    const at = head === NONE ? NONE : this.#find(head, this.#idOf[check]!, scope);
    if (at === NONE) {
      if (this.#size === this.#capacity) this.#grow();
      const i = this.#size++;
      this.#lastHead = i;
      if (this.#headByArn === undefined) this.#originHeads[this.#lastOriginAt] = i;
      this.#next[i] = head;
      this.#check[i] = check;
      this.#originOf[i] = this.#lastOriginAt;
      this.#scope[i] = scope;
      this.#weight[i] = weight;
      if (resourceArn !== this.#lastOriginArn) this.#otherArn.set(i, resourceArn);
      if (this.#message !== undefined) this.#message[i] = weight === FAIL ? message : '';
    } else if (weight > this.#weight[at]!) {
      this.#check[at] = check;
      this.#originOf[at] = this.#lastOriginAt;
      this.#scope[at] = scope;
      this.#weight[at] = weight;
      if (resourceArn !== this.#lastOriginArn) this.#otherArn.set(at, resourceArn);
      else this.#otherArn.delete(at);
      if (this.#message !== undefined) this.#message[at] = weight === FAIL ? message : '';
    }
  }

  /** Where the verdict of a key sits, or -1. */
  indexOf(p: KeyParts): number {
    const byArn = this.#byArn();
    this.#flushArn();
    const head = byArn.get(p.resourceArn);
    const id = this.#idByCheckId.get(p.checkId);
    const scope = this.#scopeId(p.accountId, p.region, false);
    if (head === undefined || id === undefined || scope === NONE) return NONE;
    return this.#find(head, id, scope);
  }

  status(i: number): CheckStatus {
    return STATUSES[this.#weight[i]!]!;
  }

  /** The number of verdict `i`'s check facts: the same for every verdict given the same facts object. */
  checkNumber(i: number): number {
    return this.#check[i]!;
  }

  checkId(i: number): string {
    return this.#checks[this.#check[i]!]!.id;
  }

  severity(i: number): Severity {
    return this.#checks[this.#check[i]!]!.severity;
  }

  /** Writes verdict `i`'s key parts into `into` (one probe object reused for every lookup) and returns it. */
  keyParts(i: number, into: KeyParts): KeyParts {
    const r = this.#scopes[this.#scope[i]!]!;
    into.accountId = r.accountId;
    into.region = r.region;
    into.checkId = this.#checks[this.#check[i]!]!.id;
    into.resourceArn = this.#arnOf(i);
    return into;
  }

  /** Verdict `i` as a flat row (only a FAIL has its message: no other is ever stored). */
  result(i: number): CheckResult {
    const f = this.#checks[this.#check[i]!]!;
    const scope = this.#scopes[this.#scope[i]!]!;
    const resourceArn = this.#arnOf(i);
    return {
      checkId: f.id,
      shortId: f.shortId,
      severity: f.severity,
      title: f.title,
      service: f.service,
      resourceId: this.#originAt(i).id,
      resourceArn,
      accountId: scope.accountId,
      region: scope.region,
      status: STATUSES[this.#weight[i]!]!,
      message: this.#messageOf(i, f, resourceArn),
    };
  }

  /** The tags of verdict `i`'s resource, for mute rules and the finding row. */
  tags(i: number): Readonly<Record<string, string>> {
    const origin = this.#originAt(i);
    if (origin !== this.#tagsOrigin) {
      this.#tagsOrigin = origin;
      this.#tags = resourceTagsOf(origin.resource);
    }
    return this.#tags!;
  }

  /** The AWS account ids the verdicts are about. */
  accountIds(): string[] {
    return [...this.#scopeIds.keys()];
  }

  #arnOf(i: number): string {
    return this.#otherArn.get(i) ?? this.#originAt(i).resource.arn!;
  }

  #originAt(i: number): VerdictOrigin {
    return this.#origins[this.#originOf[i]!]!;
  }

  #messageOf(i: number, facts: CheckFacts, resourceArn: string): string {
    if (this.#weight[i] !== FAIL) return '';
    return this.#message !== undefined ? this.#message[i]! : this.#remake!(facts, this.#originAt(i), resourceArn);
  }

  /** The verdict of (check id, scope) in the chain from `head`, or -1. */
  #find(head: number, id: number, scope: number): number {
    for (let j = head; j !== NONE; j = this.#next[j]!) {
      if (this.#idOf[this.#check[j]!] === id && this.#scope[j] === scope) return j;
    }
    return NONE;
  }

  /** The number of (account, region); a new pair gets one when `add` is true, else -1. */
  #scopeId(accountId: string, region: string, add: boolean): number {
    let byRegion = this.#scopeIds.get(accountId);
    let id = byRegion?.get(region);
    if (id !== undefined || !add) return id ?? NONE;
    if (byRegion === undefined) this.#scopeIds.set(accountId, (byRegion = new Map()));
    id = this.#scopes.length;
    // A scan is one account's regions; more pairs than a slot can number would mean rows from elsewhere gone wrong.
    if (id > MAX_SCOPES) throw new RangeError(`A VerdictSet holds at most ${MAX_SCOPES + 1} (account, region) pairs`);
    this.#scopes.push({ accountId, region });
    byRegion.set(region, id);
    return id;
  }

  /** With the map: records the chain head of the latest ARN, kept aside while its verdicts come one after another. */
  #flushArn(): void {
    if (this.#lastArn !== undefined) this.#headByArn!.set(this.#lastArn, this.#lastHead);
  }

  /** The map by ARN, made from the origins' chains the first time it is asked for. */
  #byArn(): Map<string, number> {
    if (this.#headByArn === undefined) {
      const byArn = new Map<string, number>();
      for (let k = 0; k < this.#origins.length; k++) {
        const head = this.#originHeads[k]!;
        if (head !== NONE) byArn.set(this.#origins[k]!.resource.arn!, head);
      }
      this.#headByArn = byArn;
      this.#originHeads = [];
    }
    return this.#headByArn;
  }

  #grow(): void {
    const capacity = this.#capacity * 2;
    const widen = <T extends Uint16Array | Uint8Array | Int32Array>(from: T, to: T): T => (to.set(from), to);
    this.#check = widen(this.#check, new Uint16Array(capacity));
    this.#weight = widen(this.#weight, new Uint8Array(capacity));
    this.#next = widen(this.#next, new Int32Array(capacity));
    this.#scope = widen(this.#scope, new Uint16Array(capacity));
    this.#originOf = widen(this.#originOf, new Int32Array(capacity));
    if (this.#message !== undefined) this.#message = copyInto(this.#message, new Array<string>(capacity));
    this.#capacity = capacity;
  }

  /** Facts objects are usually one per check (the engine's metadata); others with a known id are the same check. */
  #intern(facts: CheckFacts): number {
    let id = this.#idByCheckId.get(facts.id);
    if (id === undefined) {
      id = this.#idByCheckId.size;
      this.#idByCheckId.set(facts.id, id);
    }
    const check = this.#checks.length;
    this.#checks.push(facts);
    this.#idOf.push(id);
    this.#checkByFacts.set(facts, check);
    return check;
  }
}

function copyInto<T>(from: readonly T[], to: T[]): T[] {
  for (let i = 0; i < from.length; i++) to[i] = from[i]!;
  return to;
}
