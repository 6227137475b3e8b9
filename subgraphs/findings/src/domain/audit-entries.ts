/**
 * What findings' audit entries say (L1; issue 5: who muted and when): one builder per audited mutation, from its
 * arguments and its result. The resolvers note them on `ctx.audit` once the domain call succeeded.
 */
import type { AuditedAction } from '@cspmexa/server-kit';
import type { ExportRow, MuteRuleRow } from '../db/schema';

const list = (values: readonly string[] | null | undefined) => (values?.length ? values.join(',') : null);

/** The rule's scope as the trail shows it; the reason is the user's text, encoded by the trail. */
function ruleFacts(r: MuteRuleRow) {
  return {
    reason: r.reason,
    checkIds: list(r.checkIds),
    accountIds: list(r.accountIds),
    regions: list(r.regions),
    resourcePattern: r.resourcePattern,
    tags: r.tags ? JSON.stringify(r.tags) : null,
    expiresAt: r.expiresAt ? r.expiresAt.toISOString() : null,
  };
}

export const muteRuleCreated = (r: MuteRuleRow): AuditedAction => ({ action: 'mute_rule.created', target: r.id, details: ruleFacts(r) });

/** A bulk mute is a rule over exactly these findings: the entry names the rule and how many findings it covers. */
export const findingsMuted = (r: MuteRuleRow): AuditedAction => ({
  action: 'findings.muted',
  target: r.id,
  details: { muteRuleId: r.id, count: r.findingKeys?.length ?? 0, reason: r.reason, expiresAt: r.expiresAt ? r.expiresAt.toISOString() : null },
});

export const muteRuleDeleted = (id: string) => (): AuditedAction => ({ action: 'mute_rule.deleted', target: id });

export function findingsExported(filter: unknown) {
  return (e: ExportRow): AuditedAction => ({
    action: 'findings.exported',
    target: e.id,
    details: { format: e.format, filter: filter ? JSON.stringify(filter) : null },
  });
}
