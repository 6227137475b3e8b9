import type { InventoryResource, ResourceKind } from '@cspmexa/resources';
import { accountContextsOf } from './account-contexts';
import type { AccountContext, EvaluationContext } from './context';
import type { AnyCheck } from './define-check';
import { isList } from './evaluate-check';
import type { Service } from './metadata-schema';
import { allChecks, indexByKind } from './registry';
import type { Evaluation, Evidence } from './result';
import { resolveSettings, type CheckSettings, type SettingValue } from './settings';
import { atLeast, type CheckStatus, type Severity } from './status';

/** One flat row per verdict: what the findings subgraph stores and the dashboard lists. */
export interface CheckResult {
  checkId: string;
  shortId: string;
  severity: Severity;
  title: string;
  service: Service;
  /** The inventory's id of the resource (InventoryResource.id). */
  resourceId: string;
  resourceArn: string;
  accountId: string;
  region: string;
  status: CheckStatus;
  message: string;
  evidence?: Evidence;
}

export interface RunChecksOptions {
  /** Defaults to every registered check. */
  checks?: readonly AnyCheck[];
  /**
   * Account-wide context per account id (e.g. account-level S3 Block Public Access). Defaults to the contexts
   * read from the account resources among `resources` (accountContextsOf).
   */
  accounts?: Readonly<Record<string, AccountContext>>;
  /** Skip checks less severe than this. */
  minSeverity?: Severity;
  /** Per check id, overrides of that check's settings; unknown check ids or settings throw. */
  settings?: Readonly<Record<string, Readonly<Record<string, SettingValue>>>>;
  /** The instant age-based checks measure from; defaults to a Date taken once when the run starts. */
  now?: Date;
  /**
   * False leaves `evidence` out of the rows, for callers that store verdicts only (the findings subgraph): the
   * evidence objects then die young instead of living as long as the result list, which on a large estate is
   * most of the garbage collector's work. Defaults to true.
   */
  evidence?: boolean;
}

/** A check with everything that does not depend on the resource worked out once per run. */
interface PreparedCheck {
  check: AnyCheck;
  settings: CheckSettings;
  /** One frozen context per account, shared by all that account's resources. */
  contexts: Map<string, EvaluationContext>;
  /** The latest account's context: resources come account by account, so most calls skip the map. */
  lastAccountId: string | undefined;
  lastContext: EvaluationContext | undefined;
}

/** Receives each verdict as it is made: the check, the resource it judged, and the verdict itself. */
export type VerdictVisitor = (check: AnyCheck, item: InventoryResource, evaluation: Evaluation) => void;

/** One run of the checks over some resources: settings, account contexts and "now" fixed when it is made. */
export interface CheckRun {
  /**
   * Evaluates every applicable check on every resource and hands each verdict to `visit` as it is made, keeping
   * none: a caller that needs only some of them (the findings subgraph keeps failing verdicts and counts passing
   * ones) allocates nothing per verdict, and the evaluations die young.
   */
  forEachVerdict(visit: VerdictVisitor): void;
  /**
   * The verdicts of one check of the run (by id) on one resource, made again, as a list: checks are pure and the
   * run's context is fixed, so they are the ones `forEachVerdict` gave. For callers that keep a verdict's status
   * and ask for its text only when they need it. Throws for a check that is not part of the run.
   */
  evaluate(checkId: string, item: InventoryResource): readonly Evaluation[];
}

/**
 * Checks are indexed by resource kind once, contexts are built once per (check, account). A check that throws
 * yields UNKNOWN for that resource instead of aborting the whole scan. `evidence` in the options is ignored here:
 * the visitor decides what it keeps.
 */
export function prepareRun(resources: readonly InventoryResource[], opts: RunChecksOptions = {}): CheckRun {
  const byKind = prepare(opts);
  const byCheckId = new Map([...byKind.values()].flat().map((p) => [p.check.metadata.id, p]));
  const accounts = opts.accounts ?? accountContextsOf(resources);
  // Taken once, so every verdict of the run agrees on "now" however long the run takes.
  const now = opts.now ?? new Date();
  const judge = (prepared: PreparedCheck, resource: InventoryResource['resource']): Evaluation | readonly Evaluation[] => {
    const ctx = contextFor(prepared, resource.accountId, accounts, now);
    try {
      return prepared.check.evaluate(resource, ctx);
    } catch (error) {
      return crashed(prepared.check, resource.arn, error);
    }
  };
  return {
    forEachVerdict(visit) {
      for (const item of resources) {
        const applicable = byKind.get(item.resource.kind);
        if (applicable === undefined) continue;
        for (const prepared of applicable) {
          const out = judge(prepared, item.resource);
          if (isList(out)) {
            for (const evaluation of out) visit(prepared.check, item, evaluation);
          } else {
            visit(prepared.check, item, out);
          }
        }
      }
    },
    evaluate(checkId, item) {
      const prepared = byCheckId.get(checkId);
      if (prepared === undefined) throw new Error(`Check ${checkId} is not part of this run`);
      const out = judge(prepared, item.resource);
      return isList(out) ? out : [out];
    },
  };
}

/** Every verdict of one run (`prepareRun(...).forEachVerdict`). */
export function forEachVerdict(resources: readonly InventoryResource[], visit: VerdictVisitor, opts: RunChecksOptions = {}): void {
  prepareRun(resources, opts).forEachVerdict(visit);
}

/** Every verdict as a flat row (`forEachVerdict`, collected): for previews, tests and small estates. */
export function runChecks(resources: readonly InventoryResource[], opts: RunChecksOptions = {}): CheckResult[] {
  const withEvidence = opts.evidence ?? true;
  const results: CheckResult[] = [];
  forEachVerdict(resources, (check, item, evaluation) => results.push(row(check, item, evaluation, withEvidence)), opts);
  return results;
}

function prepare(opts: RunChecksOptions): Map<ResourceKind, PreparedCheck[]> {
  const checks = opts.checks ?? allChecks;
  const overrides = opts.settings ?? {};
  const known = new Set(checks.map((c) => c.metadata.id));
  const unknownIds = Object.keys(overrides).filter((id) => !known.has(id));
  if (unknownIds.length > 0) throw new Error(`Settings given for unknown checks: ${unknownIds.join(', ')}`);

  const min = opts.minSeverity;
  const selected = min === undefined ? checks : checks.filter((c) => atLeast(c.metadata.severity, min));
  const prepared = new Map<ResourceKind, PreparedCheck[]>();
  for (const [kind, list] of indexByKind(selected)) {
    prepared.set(
      kind,
      list.map((check) => ({
        check,
        settings: resolveSettings(check.metadata.id, check.metadata.settings, overrides[check.metadata.id]),
        contexts: new Map(),
        lastAccountId: undefined,
        lastContext: undefined,
      })),
    );
  }
  return prepared;
}

function contextFor(
  prepared: PreparedCheck,
  accountId: string,
  accounts: RunChecksOptions['accounts'],
  now: Date,
): EvaluationContext {
  if (prepared.lastAccountId === accountId) return prepared.lastContext!;
  let ctx = prepared.contexts.get(accountId);
  if (ctx === undefined) {
    const account = accounts !== undefined && Object.hasOwn(accounts, accountId) ? accounts[accountId] : undefined;
    ctx = Object.freeze({ settings: prepared.settings, account, now });
    prepared.contexts.set(accountId, ctx);
  }
  prepared.lastAccountId = accountId;
  prepared.lastContext = ctx;
  return ctx;
}

function row(check: AnyCheck, item: InventoryResource, evaluation: Evaluation, withEvidence: boolean): CheckResult {
  const m = check.metadata;
  // Always the same property order, so every row shares one hidden class.
  return {
    checkId: m.id,
    shortId: m.shortId,
    severity: m.severity,
    title: m.title,
    service: m.service,
    resourceId: item.id,
    resourceArn: evaluation.resourceArn,
    accountId: item.resource.accountId,
    region: item.resource.region,
    status: evaluation.status,
    message: evaluation.message,
    evidence: withEvidence ? evaluation.evidence : undefined,
  };
}

function crashed(check: AnyCheck, resourceArn: string, error: unknown): Evaluation {
  const reason = error instanceof Error ? error.message : String(error);
  return { status: 'UNKNOWN', resourceArn, message: `Check ${check.metadata.id} could not evaluate: ${reason}` };
}
