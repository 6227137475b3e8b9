/**
 * What inventory's audit entries say (L1): one builder per audited mutation, from its arguments and its result.
 * The resolvers note them on `ctx.audit` once the domain call succeeded (server-kit `audited`). Secrets never appear:
 * an access key is named by its last 4 characters, a secret only by the fact that it changed.
 */
import type { AuditedAction } from '@cspmexa/server-kit';
import type { AwsAccountRow, ScanRow, SnapshotExportRow } from '../db/schema';
import type { ConnectionTestResult } from './connection/test-connection';

/** The account as the trail shows it: what an admin needs to tell accounts apart, nothing secret. */
function accountFacts(a: AwsAccountRow) {
  return {
    name: a.name,
    awsAccountId: a.awsAccountId,
    authMethod: a.authMethod,
    roleArn: a.roleArn,
    regions: a.regions ? a.regions.join(',') : null,
    accessKeyIdLast4: a.accessKeyIdLast4,
  };
}

export const accountCreated = (a: AwsAccountRow): AuditedAction => ({ action: 'aws_account.created', target: a.id, details: accountFacts(a) });

/** `changed` lists the fields the update named; `credentialsChanged` says a key was replaced, never which. */
export function accountUpdated(input: { name?: unknown; regions?: unknown; roleArn?: unknown; accessKeyId?: unknown; secretAccessKey?: unknown }) {
  const changed = (['name', 'regions', 'roleArn'] as const).filter((field) => input[field] !== undefined);
  const credentialsChanged = input.accessKeyId !== undefined || input.secretAccessKey !== undefined;
  return (a: AwsAccountRow): AuditedAction => ({
    action: 'aws_account.updated',
    target: a.id,
    details: { ...accountFacts(a), changed: [...changed, ...(credentialsChanged ? ['credentials'] : [])].join(','), credentialsChanged },
  });
}

export const accountDeleted = (id: string): AuditedAction => ({ action: 'aws_account.deleted', target: id });

/** A test of a connected account targets it; a test of details not saved yet targets the role ARN, if any. */
export function connectionTested(args: { accountId?: string | null; input?: { authMethod: string; roleArn?: string | null } | null }) {
  return (r: ConnectionTestResult): AuditedAction => ({
    action: 'aws_account.connection_tested',
    target: args.accountId ?? args.input?.roleArn ?? null,
    details: { status: r.status, awsAccountId: r.awsAccountId, missingPermissions: r.missingPermissions.length, authMethod: args.input?.authMethod ?? null },
  });
}

export function organizationMembersAdded(managementAccountId: string, roleName: string) {
  return (added: AwsAccountRow[]): AuditedAction => ({
    action: 'aws_account.organization_members_added',
    target: managementAccountId,
    details: { count: added.length, roleName, awsAccountIds: added.map((a) => a.awsAccountId).filter(Boolean).slice(0, 40).join(',') },
  });
}

export const scanStarted = (s: ScanRow): AuditedAction => ({ action: 'scan.started', target: s.id, details: { accountId: s.accountId } });
/** A scan the schedule started: no actor (the system), and the trigger says so. */
export const scheduledScanStarted = (s: ScanRow): AuditedAction => ({ action: 'scan.started', target: s.id, details: { accountId: s.accountId, trigger: 'schedule' } });
export const scanCancelled = (s: ScanRow): AuditedAction => ({ action: 'scan.cancelled', target: s.id, details: { accountId: s.accountId, status: s.status } });
export const scheduleSet = (a: AwsAccountRow): AuditedAction => ({ action: 'scan.schedule_set', target: a.id, details: { cron: a.scanSchedule } });

export const snapshotExported = (e: SnapshotExportRow): AuditedAction => ({
  action: 'snapshot.exported',
  target: e.id,
  details: { scanId: e.scanId, destination: e.destination },
});
export const uploadStarted = (u: { id: string }): AuditedAction => ({ action: 'snapshot.upload_started', target: u.id });
export function snapshotAccountCreated(uploadId: string) {
  return (a: AwsAccountRow): AuditedAction => ({ action: 'aws_account.snapshot_added', target: a.id, details: { name: a.name, awsAccountId: a.awsAccountId, uploadId } });
}
export function snapshotReplaced(uploadId: string) {
  return (a: AwsAccountRow): AuditedAction => ({ action: 'aws_account.snapshot_replaced', target: a.id, details: { name: a.name, awsAccountId: a.awsAccountId, uploadId } });
}
export const demoAccountAdded = (a: AwsAccountRow): AuditedAction => ({ action: 'aws_account.demo_added', target: a.id, details: { name: a.name } });
