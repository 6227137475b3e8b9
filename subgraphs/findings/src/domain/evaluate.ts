/**
 * The one seam between this subgraph and the policy engine (@cspmexa/checks). Everything else in the subgraph
 * depends on the types below, so following an engine change, or swapping the engine, touches this file only.
 */
import { allChecks, runChecks, type FrameworkId } from '@cspmexa/checks';
import type { InventoryResource } from '@cspmexa/resources';

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

export type RunChecks = (resources: readonly InventoryResource[]) => CheckResult[];

/** Every registered check on every resource; evidence stays in the engine (findings stores the verdict only). */
export const runAllChecks: RunChecks = (resources) => runChecks(resources, { evidence: false });

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
