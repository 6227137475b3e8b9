/**
 * Turns one scan's check results into the rows to write, as a pure function of (results, stored findings, clock):
 * which findings to insert or update, which transitions to record, which alerts to raise, and per check how many
 * resources passed or failed (for compliance). Live mute rules are applied here, so a new finding that a rule
 * covers is born MUTED and raises no alert. The caller does I/O.
 */
import type { AlertRaisedEvent } from '@cspmexa/server-kit';
import type { FindingRow, FindingStatus, NewFindingRow } from '../db/schema';
import type { CheckResult, CheckStatus, Severity } from './evaluate';
import { findingKey } from './finding-key';
import type { Observation } from './lifecycle';
import { firstMatchingRule, type ActiveMuteRule, type MuteTarget } from './mute-scope';
import { MUTE_ENDED, nextMutedStep, type MutedStep } from './muted-lifecycle';

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

export interface EvaluationPlan {
  upserts: NewFindingRow[];
  events: PlannedEvent[];
  alerts: AlertRaisedEvent[];
  counts: EvaluationCounts;
  byCheck: Map<string, EvaluatedCheck>;
}

export interface PlanInput {
  orgId: string;
  /** The inventory AwsAccount id the scan belongs to. */
  inventoryAccountId: string;
  scanId: string;
  results: readonly CheckResult[];
  /** Stored findings that may be affected: the account's, and any whose key a result produces. */
  existing: readonly FindingRow[];
  /** Resource ids and ARNs in the snapshot; null when absence proves nothing (a PARTIAL scan). */
  present: { ids: ReadonlySet<string>; arns: ReadonlySet<string> } | null;
  now: Date;
  newId: () => string;
  /** The org's mute rules (expired ones are ignored). */
  muteRules?: readonly ActiveMuteRule[];
  /** Tags per inventory resource id, for rules scoped by tag. */
  resourceTags?: ReadonlyMap<string, Readonly<Record<string, string>>>;
}

// When several verdicts land on one key (a check reporting one resource twice), the worst one wins.
const WEIGHT: Record<CheckStatus, number> = { PASS: 0, UNKNOWN: 1, FAIL: 2 };
const NO_TAGS: Readonly<Record<string, string>> = Object.freeze({});

export function dedupeByKey(orgId: string, results: readonly CheckResult[]): Map<string, CheckResult> {
  const byKey = new Map<string, CheckResult>();
  for (const r of results) {
    const key = findingKey({ orgId, accountId: r.accountId, region: r.region, checkId: r.checkId, resourceArn: r.resourceArn });
    const seen = byKey.get(key);
    if (!seen || WEIGHT[r.status] > WEIGHT[seen.status]) byKey.set(key, r);
  }
  return byKey;
}

export function planEvaluation(input: PlanInput): EvaluationPlan {
  const { orgId, now } = input;
  const rules = input.muteRules ?? [];
  const stored = new Map(input.existing.map((f) => [f.findingKey, f]));
  const plan: EvaluationPlan = {
    upserts: [],
    events: [],
    alerts: [],
    counts: { opened: 0, reopened: 0, resolved: 0, unknown: 0, total: 0 },
    byCheck: new Map(),
  };
  const tagsOf = (resourceId: string) => input.resourceTags?.get(resourceId) ?? NO_TAGS;
  const ruleFor = (target: MuteTarget) => () => (rules.length === 0 ? undefined : firstMatchingRule(rules, target, now));

  const record = (row: NewFindingRow & { id: string }, step: MutedStep) => {
    plan.upserts.push(row);
    if (step.underlying?.to === 'OPEN') plan.counts.opened++;
    if (step.underlying?.to === 'REOPENED') plan.counts.reopened++;
    if (step.underlying?.to === 'RESOLVED') plan.counts.resolved++;
    if (!step.change) return;
    const event: PlannedEvent = {
      id: input.newId(),
      orgId,
      findingId: row.id,
      fromStatus: step.change.from,
      toStatus: step.change.to,
      scanId: input.scanId,
      at: now,
      alertKind: step.alert,
      muteRuleId: step.muteRule?.id ?? null,
      note: step.muteRule ? step.muteRule.reason : step.change.from === 'MUTED' && step.change.to !== 'RESOLVED' ? MUTE_ENDED : null,
    };
    plan.events.push(event);
    if (step.alert) {
      plan.alerts.push({
        orgId,
        alertId: event.id,
        findingId: row.id,
        kind: step.alert,
        severity: row.severity,
        checkId: row.checkId,
        title: row.title,
        resourceArn: row.resourceArn,
        accountId: row.accountId,
        region: row.region,
        raisedAt: now.toISOString(),
      });
    }
  };

  const results = dedupeByKey(orgId, input.results);
  for (const [key, result] of results) {
    plan.counts.total++;
    if (result.status === 'UNKNOWN') plan.counts.unknown++;
    const previous = stored.get(key);
    const tags = tagsOf(result.resourceId);
    const target: MuteTarget = { findingKey: key, inventoryAccountId: input.inventoryAccountId, ...result, tags };
    const step = nextMutedStep(previous ?? null, result.status satisfies Observation, ruleFor(target));
    tally(plan.byCheck, result, step);
    if (!step?.write) continue;
    record(
      {
        id: previous?.id ?? input.newId(),
        orgId,
        findingKey: key,
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
        message: step.seen ? result.message : (previous?.message ?? result.message),
        status: step.status,
        unmutedStatus: step.unmutedStatus,
        muteRuleId: step.muteRule?.id ?? null,
        resourceTags: { ...tags },
        firstSeenAt: previous?.firstSeenAt ?? now,
        lastSeenAt: step.seen ? now : (previous?.lastSeenAt ?? now),
        resolvedAt: step.status === 'RESOLVED' ? (step.change ? now : (previous?.resolvedAt ?? now)) : null,
        statusChangedAt: step.change ? now : (previous?.statusChangedAt ?? now),
      },
      step,
    );
  }

  if (input.present) {
    const { ids, arns } = input.present;
    for (const finding of input.existing) {
      if (finding.inventoryAccountId !== input.inventoryAccountId || results.has(finding.findingKey)) continue;
      if (ids.has(finding.resourceId) || arns.has(finding.resourceArn)) continue;
      const step = nextMutedStep(finding, 'GONE', () => undefined);
      if (!step?.change) continue;
      record({ ...finding, status: step.status, unmutedStatus: null, muteRuleId: null, resolvedAt: now, statusChangedAt: now }, step);
    }
  }
  return plan;
}

/** A failing resource counts as muted when its finding ends up MUTED: compliance reports accepted risk apart. */
function tally(byCheck: Map<string, EvaluatedCheck>, result: CheckResult, step: MutedStep | null): void {
  let t = byCheck.get(result.checkId);
  if (!t) {
    t = { severity: result.severity, passed: 0, failed: 0, muted: 0, unknown: 0 };
    byCheck.set(result.checkId, t);
  }
  if (result.status === 'PASS') t.passed++;
  else if (result.status === 'UNKNOWN') t.unknown++;
  else if (step?.status === 'MUTED') t.muted++;
  else t.failed++;
}
