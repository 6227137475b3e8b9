/**
 * One finding as a line of an export: CSV (RFC 4180, with spreadsheet formula injection neutralized) or OCSF 1.3
 * Detection Finding (class_uid 2004) as one JSON object per line.
 */
import type { FindingRow } from '../db/schema';
import type { CheckInfo } from './evaluate';

export const CSV_COLUMNS = [
  'id', 'status', 'severity', 'check_id', 'short_id', 'title', 'service', 'account_id', 'region',
  'resource_arn', 'resource_id', 'message', 'first_seen_at', 'last_seen_at', 'resolved_at',
] as const;

/** Quotes when needed; a leading = + - @ tab or CR would make a spreadsheet evaluate the cell (OWASP CSV injection). */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvHeader(): string {
  return `${CSV_COLUMNS.join(',')}\r\n`;
}

export function csvLine(f: FindingRow): string {
  const values = [
    f.id, f.status, f.severity, f.checkId, f.shortId, f.title, f.service, f.accountId, f.region,
    f.resourceArn, f.resourceId, f.message, f.firstSeenAt.toISOString(), f.lastSeenAt.toISOString(), f.resolvedAt?.toISOString() ?? '',
  ];
  return `${values.map(csvCell).join(',')}\r\n`;
}

const SEVERITY_ID = { INFO: 1, LOW: 2, MEDIUM: 3, HIGH: 4, CRITICAL: 5 } as const;
const SEVERITY_NAME = { INFO: 'Informational', LOW: 'Low', MEDIUM: 'Medium', HIGH: 'High', CRITICAL: 'Critical' } as const;
// OCSF Detection Finding status: 1 New, 3 Suppressed, 4 Resolved.
const STATUS = { OPEN: [1, 'New'], REOPENED: [1, 'New'], MUTED: [3, 'Suppressed'], RESOLVED: [4, 'Resolved'] } as const;

export const OCSF_VERSION = '1.3.0';

export function ocsfDetectionFinding(f: FindingRow, check: CheckInfo | undefined): Record<string, unknown> {
  const [statusId, status] = STATUS[f.status];
  // Activity 1 Create for a live problem, 3 Close once it is resolved.
  const activityId = f.status === 'RESOLVED' ? 3 : 1;
  return {
    class_uid: 2004,
    class_name: 'Detection Finding',
    category_uid: 2,
    category_name: 'Findings',
    activity_id: activityId,
    activity_name: activityId === 3 ? 'Close' : 'Create',
    type_uid: 2004 * 100 + activityId,
    time: f.lastSeenAt.getTime(),
    severity_id: SEVERITY_ID[f.severity],
    severity: SEVERITY_NAME[f.severity],
    status_id: statusId,
    status,
    message: f.message,
    finding_info: {
      uid: f.id,
      title: f.title,
      desc: check?.description ?? f.message,
      types: [f.checkId],
      created_time: f.firstSeenAt.getTime(),
      first_seen_time: f.firstSeenAt.getTime(),
      last_seen_time: f.lastSeenAt.getTime(),
      modified_time: f.statusChangedAt.getTime(),
    },
    resources: [{ uid: f.resourceArn, type: f.service, region: f.region, cloud_partition: f.resourceArn.split(':')[1] ?? 'aws' }],
    cloud: { provider: 'AWS', region: f.region, account: { uid: f.accountId, type: 'AWS Account', type_id: 10 } },
    remediation: check ? { desc: check.remediation.text, references: [...check.references] } : undefined,
    metadata: { version: OCSF_VERSION, product: { name: 'CSPMEXA', vendor_name: 'CSPMEXA' }, event_code: f.checkId },
    unmapped: { short_id: f.shortId, resource_id: f.resourceId, compliance: check?.controls ?? [] },
  };
}

export function ocsfLine(f: FindingRow, check: CheckInfo | undefined): string {
  return `${JSON.stringify(ocsfDetectionFinding(f, check))}\n`;
}
