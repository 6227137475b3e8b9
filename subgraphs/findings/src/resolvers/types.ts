/** Fields of the value types this subgraph returns: mute rules, compliance reports and exports. */
import type { SubgraphContext } from '@cspmexa/server-kit';
import { severityEnum, type ExportRow, type MuteRuleRow } from '../db/schema';
import type { ComplianceReport, PosturePoint } from '../domain/compliance';
import type { ControlPosture } from '../domain/control-posture';
import { requireOrg } from '../domain/org-scope';
import type { ResolverDeps } from './context';
import { apiFramework } from './framework-args';

export function muteRuleResolvers({ reader }: ResolverDeps) {
  return {
    tags: (r: MuteRuleRow) => Object.entries(r.tags ?? {}).map(([key, value]) => ({ key, value })),
    findingCount: (r: MuteRuleRow) => r.findingKeys?.length ?? null,
    expired: (r: MuteRuleRow) => r.expiresAt !== null && r.expiresAt.getTime() <= Date.now(),
    mutedFindingCount: (r: MuteRuleRow, _: unknown, ctx: SubgraphContext) => reader.mutedCount(requireOrg(ctx.viewer), r.id),
  };
}

export const complianceReportResolvers = {
  framework: (r: ComplianceReport) => apiFramework(r.framework),
  passed: (r: ComplianceReport) => r.counts.PASS,
  failed: (r: ComplianceReport) => r.counts.FAIL,
  manual: (r: ComplianceReport) => r.counts.MANUAL,
  notApplicable: (r: ComplianceReport) => r.counts.NOT_APPLICABLE,
  unknown: (r: ComplianceReport) => r.counts.UNKNOWN,
};

export const controlPostureResolvers = {
  controlId: (c: ControlPosture) => c.control.id,
  title: (c: ControlPosture) => c.control.title,
  section: (c: ControlPosture) => c.control.section,
  assessment: (c: ControlPosture) => c.control.assessment.toUpperCase(),
};

export const posturePointResolvers = {
  failedBySeverity: (p: PosturePoint) => severityEnum.enumValues.map((severity) => ({ severity, count: p.failedBySeverity[severity] })),
  scores: (p: PosturePoint) => p.scores.map((s) => ({ framework: apiFramework(s.framework), score: s.score })),
};

export function exportResolvers({ exports }: ResolverDeps) {
  return {
    content: (e: ExportRow, args: { offset?: number | null; maxBytes?: number | null }) => exports.content(e, args.offset ?? 0, args.maxBytes ?? 1024 * 1024),
  };
}
