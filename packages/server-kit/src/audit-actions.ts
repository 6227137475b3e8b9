/**
 * Every action name the audit trail knows, in one place, by the subgraph that records it. Names are stable,
 * dotted `<object>.<what happened>` strings (clients filter on them, integrators alert on them): add new ones, never
 * rename. Auth writes its own entries (and every subgraph's `authorization.denied`); the other subgraphs report
 * theirs through auth's internal `recordAuditEvents`, which accepts from a subgraph only the names listed for it.
 */
export const auditActionsBySubgraph = {
  auth: [
    'login.succeeded',
    'login.failed',
    'login.mfa_required',
    'login.rate_limited',
    'token.refreshed',
    'token.reuse_detected',
    'token.revoked',
    'logout',
    'role.changed',
    'authorization.denied',
    'user.disabled',
    'user.enabled',
    'user.invited',
    'mfa.enrolment_started',
    'mfa.enrolled',
    'mfa.verified',
    'mfa.failed',
    'mfa.replay',
    'mfa.recovery_code_used',
    'mfa.rate_limited',
    'mfa.pending_token_stale',
    'mfa.pending_token_reused',
    'mfa.reset',
    'mfa.disabled',
    'api_token.created',
    'api_token.revoked',
    'google.linked',
    'user.provisioned',
  ],
  inventory: [
    'aws_account.created',
    'aws_account.updated',
    'aws_account.deleted',
    'aws_account.connection_tested',
    'aws_account.organization_members_added',
    'scan.started',
    'scan.cancelled',
    'scan.schedule_set',
    'snapshot.exported',
    'snapshot.upload_started',
    'aws_account.snapshot_added',
    'aws_account.snapshot_replaced',
    'aws_account.demo_added',
  ],
  findings: ['mute_rule.created', 'mute_rule.deleted', 'findings.muted', 'findings.exported'],
  notifications: ['notification_rule.created', 'notification_rule.deleted'],
} as const;

export type AuditingSubgraph = keyof typeof auditActionsBySubgraph;

/** The actions a subgraph other than auth records through `AuditRecorder`. */
export type ReportedAuditAction = (typeof auditActionsBySubgraph)[Exclude<AuditingSubgraph, 'auth'>][number];

/** Every action name, grouped by subgraph in the order above (what the audit log's filter offers). */
export const allAuditActions: readonly string[] = Object.values(auditActionsBySubgraph).flat();

/** Whether `subgraph` may report `action` (auth's own names cannot be forged by another subgraph). */
export function isAuditActionOf(subgraph: string, action: string): boolean {
  if (subgraph === 'auth' || !(subgraph in auditActionsBySubgraph)) return false;
  return (auditActionsBySubgraph[subgraph as AuditingSubgraph] as readonly string[]).includes(action);
}
