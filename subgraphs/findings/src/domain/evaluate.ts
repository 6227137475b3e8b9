/**
 * The one seam between this subgraph and the policy engine (@cspmexa/checks). Everything else in the subgraph
 * depends on the types below, so following an engine change, or swapping the engine, touches this file only.
 */
import { allChecks, prepareRun, type Evaluation, type FrameworkId } from '@cspmexa/checks';
import type { InventoryResource } from '@cspmexa/resources';
import { VerdictSet } from './verdict-set';

export type Severity = 'CRITICAL' | 'HIGH' | 'MEDIUM' | 'LOW' | 'INFO';
export type CheckStatus = 'PASS' | 'FAIL' | 'UNKNOWN';

/** One verdict of one check about one resource (the engine's `CheckResult`, the fields findings stores). */
export interface CheckResult {
  checkId: string;
  shortId: string;
  severity: Severity;
  title: string;
  service: string;
  resourceId: string;
  resourceArn: string;
  accountId: string;
  region: string;
  status: CheckStatus;
  message: string;
}

/** What the API shows about a check (the catalogue and each finding's remediation). */
export interface CheckInfo {
  id: string;
  shortId: string;
  title: string;
  severity: Severity;
  service: string;
  description: string;
  risk: string;
  remediation: { text: string; cli: string; terraform: string };
  references: readonly string[];
  /** The framework controls the check provides evidence for. */
  controls: readonly { framework: FrameworkId; controlId: string }[];
}

export type RunChecks = (resources: readonly InventoryResource[]) => VerdictSet;

/**
 * Every registered check on every resource, one verdict per finding key; evidence stays in the engine, and so
 * does a failure's text until the planner asks for it (the check is asked again: see VerdictSet).
 */
export const runAllChecks: RunChecks = (resources) => {
  const run = prepareRun(resources);
  // Room for about ten verdicts per resource (the S3 bucket has the most checks), grown if needed.
  // The set hands back the origins it was given: inventory resources.
  const verdicts = new VerdictSet(
    resources.length * 10,
    (facts, origin, resourceArn) => failureMessage(run.evaluate(facts.id, origin as InventoryResource), resourceArn),
    hasDistinctArns(resources),
  );
  run.forEachVerdict((check, item, e) => verdicts.add(check.metadata, item, e.status, e.resourceArn, e.message));
  return verdicts;
};

/**
 * True when no two resources share an ARN: then the set keeps no map by ARN (verdict-set.ts). The inventory stores
 * one resource per ARN of an account and a snapshot is one account's, but this is checked, not trusted: one set
 * of the ARNs costs half of what the map would.
 */
function hasDistinctArns(resources: readonly InventoryResource[]): boolean {
  const arns = new Set<string>();
  for (const r of resources) arns.add(r.resource.arn);
  return arns.size === resources.length;
}

/** The message of the first failure about `resourceArn`: the one a set keeps for its key (the first of the worst). */
export function failureMessage(evaluations: readonly Evaluation[], resourceArn: string): string {
  for (const e of evaluations) {
    if (e.status === 'FAIL' && e.resourceArn === resourceArn) return e.message;
  }
  // Only a check that is not pure gets here (the registry's contract test holds every check to it).
  return 'The check reported this failure but gave a different verdict when asked for its details';
}

const catalogue: readonly CheckInfo[] = allChecks.map(({ metadata: m }) => ({
  id: m.id,
  shortId: m.shortId,
  title: m.title,
  severity: m.severity,
  service: m.service,
  description: m.description,
  risk: m.risk,
  remediation: m.remediation,
  references: m.references,
  controls: Object.entries(m.compliance).flatMap(([framework, ids]) => (ids ?? []).map((controlId) => ({ framework: framework as FrameworkId, controlId }))),
}));
const byId = new Map(catalogue.map((c) => [c.id, c]));

export function listChecks(): readonly CheckInfo[] {
  return catalogue;
}

export function findCheck(id: string): CheckInfo | undefined {
  return byId.get(id);
}

/** The checks that provide evidence for one control (empty when none does: the control is manual here). */
export function checksForControl(framework: FrameworkId, controlId: string): readonly CheckInfo[] {
  return catalogue.filter((c) => c.controls.some((x) => x.framework === framework && x.controlId === controlId));
}

/** The checks whose title, id or short id contains `text`, whatever the case (the findings text search). */
export function checksMatchingText(text: string): readonly CheckInfo[] {
  const needle = text.toLowerCase();
  return catalogue.filter((c) => c.id.includes(needle) || c.shortId.toLowerCase().includes(needle) || c.title.toLowerCase().includes(needle));
}
