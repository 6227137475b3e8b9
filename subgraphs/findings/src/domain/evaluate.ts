/**
 * The one seam between this subgraph and the policy engine (@cspmexa/checks). Everything else in the subgraph
 * depends on the types below, so following an engine change, or swapping the engine, touches this file only.
 */
import { allChecks, runChecks } from '@cspmexa/checks';
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
  remediation: { text: string; cli: string; terraform: string };
}

export type RunChecks = (resources: readonly InventoryResource[]) => CheckResult[];

/** Every registered check on every resource; evidence stays in the engine (findings stores the verdict only). */
export const runAllChecks: RunChecks = (resources) => runChecks(resources);

const catalogue: readonly CheckInfo[] = allChecks.map(({ metadata: m }) => ({
  id: m.id,
  shortId: m.shortId,
  title: m.title,
  severity: m.severity,
  service: m.service,
  description: m.description,
  remediation: m.remediation,
}));
const byId = new Map(catalogue.map((c) => [c.id, c]));

export function listChecks(): readonly CheckInfo[] {
  return catalogue;
}

export function findCheck(id: string): CheckInfo | undefined {
  return byId.get(id);
}
