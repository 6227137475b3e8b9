/**
 * Turns one scan's check results into the rows to write, as a pure function of (results, stored findings, clock):
 * which findings to insert or update, which transitions to record, which alerts to raise, and per check how many
 * resources passed or failed (for compliance). Live mute rules are applied here, so a new finding that a rule
 * covers is born MUTED and raises no alert. The caller does I/O.
 *
 * The rows come in batches (`planBatches`) for the caller to write one by one: a first scan of a large estate
 * makes hundreds of thousands of rows, and holding them all until the end made keeping them (the garbage
 * collector copying every row, key and id twice) cost more than making them. A batch written is a batch freed.
 */
import type { FindingRow, FindingStatus, NewFinding, NewFindingRow, OpeningEvent } from '../db/schema';
import type { CheckResult, CheckStatus, Severity } from './evaluate';
import { FindingKeys } from './finding-key';
import type { Observation } from './lifecycle';
import { FindingKeyIndex, type KeyParts } from './finding-key-index';
import { firstMatchingRule, type ActiveMuteRule, type MuteTarget } from './mute-scope';
import { MUTE_ENDED, nextMutedStep, type MutedStep } from './muted-lifecycle';
import { NO_TAGS } from './resource-tags';
import type { VerdictSet } from './verdict-set';

export interface EvaluationCounts {
  opened: number;
  reopened: number;
  resolved: number;
  unknown: number;
  total: number;
}

export interface PlannedEvent {
  id: string;
  orgId: string;
  findingId: string;
  fromStatus: FindingStatus | null;
  toStatus: FindingStatus;
  scanId: string;
  at: Date;
  alertKind: 'OPENED' | 'REOPENED' | null;
  /** The finding's severity, on an alert (what the alert keeps); null otherwise. */
  severity: Severity | null;
  muteRuleId: string | null;
  note: string | null;
}

/** Per check: resources that passed, failed (not muted), failed but muted, or could not be evaluated. */
export interface CheckTally {
  passed: number;
  failed: number;
  muted: number;
  unknown: number;
}

/** A check's tally in one evaluation, with the severity it had then (stored: history keeps the severity it had). */
export interface EvaluatedCheck extends CheckTally {
  severity: Severity;
}

/**
 * Rows to write together. An event with an `alertKind` is an alert: the outbox row the publisher reads back after
 * the commit (alert-publisher.ts).
 */
export interface PlanBatch {
  /**
   * New findings, each with the event that opens it: no stored finding has their key (the plan sees every stored
   * finding a key of the scan could match, `existing`), so they are inserted without a conflict check.
   */
  inserts: NewFinding[];
  /** Stored findings whose status, message, mute or metadata change: rewritten where their key is. */
  upserts: NewFindingRow[];
  /** The history of the stored findings (`upserts`, and those already stored). */
  events: PlannedEvent[];
}

/** What is known once every verdict is planned. */
export interface PlanSummary {
  /** Ids of stored findings seen failing again with nothing else changed: only their last_seen_at moves to `now`. */
  seen: string[];
  counts: EvaluationCounts;
  byCheck: Map<string, EvaluatedCheck>;
  /** How many of the events raise an alert. */
  alerts: number;
}

/** A whole plan in one piece (tests, small scans). */
export type EvaluationPlan = PlanBatch & PlanSummary;

/** Rows per batch: the size of one bulk write (evaluation-store's statements take 5,000 rows). */
export const PLAN_BATCH_ROWS = 5_000;

export interface PlanInput {
  orgId: string;
  /** The inventory AwsAccount id the scan belongs to. */
  inventoryAccountId: string;
  scanId: string;
  verdicts: VerdictSet;
  /** Stored findings that may be affected: the account's, and any whose key a result produces. */
  existing: readonly FindingRow[];
  /**
   * Lists the resource ids and ARNs in the snapshot; called only when a stored finding has no verdict (a first scan
   * never builds them). Null when absence proves nothing (a PARTIAL scan).
   */
  present: (() => PresentResources) | null;
  now: Date;
  /** Ids of the stored findings' history events (a new finding and its opening event are numbered by the database). */
  newId: () => string;
  /** The org's mute rules (expired ones are ignored). */
  muteRules?: readonly ActiveMuteRule[];
}

/** The opening events of one plan: one object per way a new finding can open (unmuted, or muted by each rule). */
function openingEvents(scanId: string): (step: MutedStep) => OpeningEvent {
  const unmuted: OpeningEvent = Object.freeze({ scanId, alertKind: 'OPENED', note: null });
  const byRule = new Map<string, OpeningEvent>();
  return (step) => {
    const rule = step.muteRule;
    if (rule === null) return step.alert === 'OPENED' ? unmuted : { scanId, alertKind: null, note: null };
    let opening = byRule.get(rule.id);
    if (opening === undefined) byRule.set(rule.id, (opening = Object.freeze({ scanId, alertKind: null, note: rule.reason })));
    return opening;
  };
}

export interface PresentResources {
  ids: ReadonlySet<string>;
  arns: ReadonlySet<string>;
}

const NO_RULE = (): undefined => undefined;
const NEW_FAILURE: MutedStep = Object.freeze(nextMutedStep(null, 'FAIL', NO_RULE)!);

/** The whole plan at once: `planBatches` with no limit, so one batch holds every row (none when nothing changes). */
export function planEvaluation(input: PlanInput): EvaluationPlan {
  const batches = planBatches(input, Infinity);
  let whole: PlanBatch = emptyBatch();
  for (let next = batches.next(); ; next = batches.next()) {
    if (next.done) return { ...whole, ...next.value };
    whole = next.value;
  }
}

/** The plan in batches of about `batchRows` rows (the last may hold fewer); the summary is the return value. */
export function* planBatches(input: PlanInput, batchRows = PLAN_BATCH_ROWS): Generator<PlanBatch, PlanSummary> {
  const { orgId, now } = input;
  const rules = input.muteRules ?? [];
  const stored = new FindingKeyIndex<FindingRow>((f) => f);
  for (const f of input.existing) stored.set(f, f);
  const summary: PlanSummary = { seen: [], counts: { opened: 0, reopened: 0, resolved: 0, unknown: 0, total: 0 }, byCheck: new Map(), alerts: 0 };
  let batch = emptyBatch();
  const takeBatch = () => {
    const full = batch;
    batch = emptyBatch();
    return full;
  };
  const isFull = () => batch.inserts.length + batch.upserts.length >= batchRows;

  const tally = (step: MutedStep) => {
    if (step.underlying?.to === 'OPEN') summary.counts.opened++;
    if (step.underlying?.to === 'REOPENED') summary.counts.reopened++;
    if (step.underlying?.to === 'RESOLVED') summary.counts.resolved++;
    if (step.alert) summary.alerts++;
  };
  const recordNew = (finding: NewFinding, step: MutedStep) => {
    batch.inserts.push(finding);
    tally(step);
  };
  const recordStored = (row: NewFindingRow & { id: string }, step: MutedStep) => {
    batch.upserts.push(row);
    tally(step);
    const change = step.change ?? (step.ruleSwitch ? { from: 'MUTED' as const, to: 'MUTED' as const } : null);
    if (!change) return;
    const event: PlannedEvent = {
      id: input.newId(),
      orgId,
      findingId: row.id,
      fromStatus: change.from,
      toStatus: change.to,
      scanId: input.scanId,
      at: now,
      alertKind: step.alert,
      severity: step.alert ? row.severity : null,
      muteRuleId: step.muteRule?.id ?? null,
      note: step.muteRule ? step.muteRule.reason : change.from === 'MUTED' && change.to !== 'RESOLVED' ? MUTE_ENDED : null,
    };
    batch.events.push(event);
  };
  const openingOf = openingEvents(input.scanId);

  // The verdict being planned, read by the one `ruleFor` closure (no closure per verdict: a million of them show).
  let result: CheckResult;
  let tags: Readonly<Record<string, string>>;
  let key: string | undefined;
  // The sha256 only for findings that need it: a new row, or a mute rule to match (bulk mutes list keys).
  const keys = new FindingKeys(orgId);
  const keyOf = () => (key ??= keys.of(result.accountId, result.region, result.checkId, result.resourceArn));
  const ruleFor = rules.length === 0 ? NO_RULE : () => firstMatchingRule(rules, muteTarget(keyOf(), input.inventoryAccountId, result, tags), now);

  const { verdicts } = input;
  const probe: KeyParts = { accountId: '', region: '', checkId: '', resourceArn: '' };
  // Each check's tally by the set's number for its facts: an array read per verdict, not a map lookup by id.
  const tallies: (EvaluatedCheck | undefined)[] = [];
  const tallyOf = (i: number) => (tallies[verdicts.checkNumber(i)] ??= checkTally(summary.byCheck, verdicts.checkId(i), verdicts.severity(i)));
  for (let i = 0; i < verdicts.size; i++) {
    const status = verdicts.status(i);
    summary.counts.total++;
    if (status === 'UNKNOWN') summary.counts.unknown++;
    const previous = stored.isEmpty ? undefined : stored.get(verdicts.keyParts(i, probe));
    // No finding and none to make (a pass, or unreadable data): counted, nothing else. Most verdicts end here,
    // so they never become objects.
    if (previous === undefined && status !== 'FAIL') {
      count(tallyOf(i), status, null);
      continue;
    }
    result = verdicts.result(i);
    tags = verdicts.tags(i);
    key = previous?.findingKey;
    if (previous === undefined) {
      // A new failing finding with no rule to consider takes the same step every time (most rows of a first scan).
      const step = rules.length === 0 ? NEW_FAILURE : nextMutedStep(null, 'FAIL', ruleFor)!;
      count(tallyOf(i), status, step);
      recordNew(newFinding(orgId, input.inventoryAccountId, keyOf(), result, tags, step, now, openingOf(step)), step);
      if (isFull()) yield takeBatch();
      continue;
    }
    const step = nextMutedStep(previous, result.status satisfies Observation, ruleFor);
    count(tallyOf(i), status, step);
    if (!step?.write) continue;
    const row = {
      id: previous.id,
      orgId,
      findingKey: keyOf(),
      inventoryAccountId: input.inventoryAccountId,
      resourceId: result.resourceId,
      resourceArn: result.resourceArn,
      accountId: result.accountId,
      region: result.region,
      checkId: result.checkId,
      shortId: result.shortId,
      severity: result.severity,
      service: result.service,
      title: result.title,
      message: step.seen ? result.message : previous.message,
      status: step.status,
      unmutedStatus: step.unmutedStatus,
      muteRuleId: step.muteRule?.id ?? null,
      resourceTags: tags as Record<string, string>,
      firstSeenAt: previous.firstSeenAt,
      lastSeenAt: step.seen ? now : previous.lastSeenAt,
      resolvedAt: step.status === 'RESOLVED' ? (step.change ? now : (previous.resolvedAt ?? now)) : null,
      statusChangedAt: step.change ? now : previous.statusChangedAt,
    };
    // An unchanged finding seen failing again (every finding of an unchanged rescan): no row rewrite, no event,
    // only last_seen_at moves, for all of them in one statement.
    if (!step.change && !step.underlying && sameStoredState(previous, row)) {
      if (step.seen) summary.seen.push(previous.id);
      continue;
    }
    recordStored(row, step);
    if (isFull()) yield takeBatch();
  }

  if (input.present) {
    let present: PresentResources | undefined;
    for (const finding of input.existing) {
      if (finding.inventoryAccountId !== input.inventoryAccountId || verdicts.indexOf(finding) >= 0) continue;
      present ??= input.present();
      if (present.ids.has(finding.resourceId) || present.arns.has(finding.resourceArn)) continue;
      const step = nextMutedStep(finding, 'GONE', NO_RULE);
      if (!step?.change) continue;
      recordStored({ ...finding, status: step.status, unmutedStatus: null, muteRuleId: null, resolvedAt: now, statusChangedAt: now }, step);
      if (isFull()) yield takeBatch();
    }
  } else {
    countCarriedOver(input, summary.byCheck);
  }
  if (batch.inserts.length + batch.upserts.length > 0) yield takeBatch();
  return summary;
}

/**
 * A PARTIAL scan proves nothing about what it did not see: a finding still open (or muted) without a verdict this
 * time stays so, and the scan's tallies count it as failing (or muted) for its check. Otherwise a control whose
 * failing resources simply went unlisted would turn PASS in compliance and in the trend.
 */
function countCarriedOver(input: PlanInput, byCheck: Map<string, EvaluatedCheck>): void {
  for (const finding of input.existing) {
    if (finding.inventoryAccountId !== input.inventoryAccountId || finding.status === 'RESOLVED') continue;
    if (input.verdicts.indexOf(finding) >= 0) continue;
    const tally = checkTally(byCheck, finding.checkId, finding.severity);
    if (finding.status === 'MUTED') tally.muted++;
    else tally.failed++;
  }
}

/** The row of a finding seen failing for the first time (`step` opens it). */
function newFinding(
  orgId: string,
  inventoryAccountId: string,
  findingKey: string,
  result: CheckResult,
  tags: Readonly<Record<string, string>>,
  step: MutedStep,
  now: Date,
  opening: OpeningEvent,
): NewFinding {
  return {
    orgId,
    findingKey,
    inventoryAccountId,
    resourceId: result.resourceId,
    resourceArn: result.resourceArn,
    accountId: result.accountId,
    region: result.region,
    checkId: result.checkId,
    shortId: result.shortId,
    severity: result.severity,
    service: result.service,
    title: result.title,
    message: result.message,
    status: step.status,
    unmutedStatus: step.unmutedStatus,
    muteRuleId: step.muteRule?.id ?? null,
    resourceTags: tags as Record<string, string>,
    firstSeenAt: now,
    lastSeenAt: now,
    resolvedAt: null,
    statusChangedAt: now,
    opening,
  };
}

function emptyBatch(): PlanBatch {
  return { inserts: [], upserts: [], events: [] };
}

function muteTarget(findingKey: string, inventoryAccountId: string, r: CheckResult, tags: Readonly<Record<string, string>>): MuteTarget {
  return { findingKey, inventoryAccountId, checkId: r.checkId, accountId: r.accountId, region: r.region, resourceArn: r.resourceArn, resourceId: r.resourceId, tags };
}

/** True when writing `row` would change no stored column but last_seen_at (the upsert's column list). */
function sameStoredState(stored: FindingRow, row: NewFindingRow): boolean {
  return (
    stored.status === row.status &&
    stored.message === row.message &&
    stored.unmutedStatus === row.unmutedStatus &&
    stored.muteRuleId === row.muteRuleId &&
    stored.inventoryAccountId === row.inventoryAccountId &&
    stored.resourceId === row.resourceId &&
    stored.severity === row.severity &&
    stored.shortId === row.shortId &&
    stored.service === row.service &&
    stored.title === row.title &&
    sameInstant(stored.resolvedAt, row.resolvedAt) &&
    sameInstant(stored.statusChangedAt, row.statusChangedAt) &&
    sameTags(stored.resourceTags, row.resourceTags ?? NO_TAGS)
  );
}

function sameInstant(a: Date | null | undefined, b: Date | null | undefined): boolean {
  return a == null || b == null ? a == b : a.getTime() === b.getTime();
}

function sameTags(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  if (a === b) return true;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const k of keys) if (!Object.hasOwn(b, k) || a[k] !== b[k]) return false;
  return true;
}

/** The tally of a check id, made with the severity of its first verdict. */
function checkTally(byCheck: Map<string, EvaluatedCheck>, checkId: string, severity: Severity): EvaluatedCheck {
  let t = byCheck.get(checkId);
  if (!t) {
    t = { severity, passed: 0, failed: 0, muted: 0, unknown: 0 };
    byCheck.set(checkId, t);
  }
  return t;
}

/** A failing resource counts as muted when its finding ends up MUTED: compliance reports accepted risk apart. */
function count(t: EvaluatedCheck, status: CheckStatus, step: MutedStep | null): void {
  if (status === 'PASS') t.passed++;
  else if (status === 'UNKNOWN') t.unknown++;
  else if (step?.status === 'MUTED') t.muted++;
  else t.failed++;
}
