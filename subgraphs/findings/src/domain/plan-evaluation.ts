/**
 * Turns one scan's check results into the rows to write, as a pure function of (results, stored findings, clock):
 * which findings to insert or update, which transitions to record, which alerts to raise. The caller does I/O.
 */
import type { AlertRaisedEvent } from '@cspmexa/server-kit';
import type { FindingRow, NewFindingRow } from '../db/schema';
import type { CheckResult, CheckStatus } from './evaluate';
import { findingKey } from './finding-key';
import { alertKindOf, nextStep, type Observation, type Transition } from './lifecycle';

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
  fromStatus: Transition['from'];
  toStatus: Transition['to'];
  scanId: string;
  at: Date;
}

export interface EvaluationPlan {
  upserts: NewFindingRow[];
  events: PlannedEvent[];
  alerts: AlertRaisedEvent[];
  counts: EvaluationCounts;
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
}

// When several verdicts land on one key (a check reporting one resource twice), the worst one wins.
const WEIGHT: Record<CheckStatus, number> = { PASS: 0, UNKNOWN: 1, FAIL: 2 };

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
  const stored = new Map(input.existing.map((f) => [f.findingKey, f]));
  const plan: EvaluationPlan = { upserts: [], events: [], alerts: [], counts: { opened: 0, reopened: 0, resolved: 0, unknown: 0, total: 0 } };

  const record = (row: NewFindingRow & { id: string }, transition: Transition | null) => {
    plan.upserts.push(row);
    if (!transition) return;
    const event: PlannedEvent = { id: input.newId(), orgId, findingId: row.id, fromStatus: transition.from, toStatus: transition.to, scanId: input.scanId, at: now };
    plan.events.push(event);
    if (transition.to === 'OPEN') plan.counts.opened++;
    if (transition.to === 'REOPENED') plan.counts.reopened++;
    if (transition.to === 'RESOLVED') plan.counts.resolved++;
    const kind = alertKindOf(transition);
    if (kind) {
      plan.alerts.push({
        orgId,
        alertId: event.id,
        findingId: row.id,
        kind,
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
    const step = nextStep(previous?.status ?? null, result.status satisfies Observation);
    if (step.status === null || (!step.transition && !step.seen)) continue;
    const statusChanged = step.transition !== null;
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
        firstSeenAt: previous?.firstSeenAt ?? now,
        lastSeenAt: step.seen ? now : (previous?.lastSeenAt ?? now),
        resolvedAt: step.status === 'RESOLVED' ? (statusChanged ? now : (previous?.resolvedAt ?? now)) : null,
        statusChangedAt: statusChanged ? now : (previous?.statusChangedAt ?? now),
      },
      step.transition,
    );
  }

  if (input.present) {
    const { ids, arns } = input.present;
    for (const finding of input.existing) {
      if (finding.inventoryAccountId !== input.inventoryAccountId || results.has(finding.findingKey)) continue;
      if (ids.has(finding.resourceId) || arns.has(finding.resourceArn)) continue;
      const step = nextStep(finding.status, 'GONE');
      if (!step.transition || step.status === null) continue;
      record({ ...finding, status: step.status, resolvedAt: now, statusChangedAt: now }, step.transition);
    }
  }
  return plan;
}
