/**
 * The events that cross subgraph boundaries. Payloads carry keys and filter fields only; consumers read the rest
 * from the owner, so an event never leaks data to a subscriber that would not be allowed to query it.
 */
import type { Severity } from './severity';

export interface ScanFinishedEvent {
  orgId: string;
  accountId: string;
  scanId: string;
  status: 'COMPLETED' | 'PARTIAL' | 'FAILED';
}

/**
 * A scan reported progress (throttled by the worker, at most a few per second per scan) or ended; subscribers read
 * the figures themselves from inventory's `scanProgressSnapshot(scanId)`.
 */
export interface ScanProgressEvent {
  orgId: string;
  accountId: string;
  scanId: string;
}

export interface AlertRaisedEvent {
  orgId: string;
  alertId: string;
  findingId: string;
  kind: 'OPENED' | 'REOPENED';
  severity: Severity;
  checkId: string;
  title: string;
  resourceArn: string;
  accountId: string;
  region: string;
  raisedAt: string;
}

/**
 * A user's access changed (sign-out, disable, role change, MFA reset, API token revoked): caches of the user's
 * token version or API tokens drop their entries at once instead of waiting for their TTL (J5).
 */
export interface UserChangedEvent {
  orgId: string;
  userId: string;
}

/**
 * An AwsAccount was deleted (its scans and resources went with it): findings purges what it holds for the account.
 * `releasedAwsAccountId` is the 12-digit AWS id when no other account of the org still has it (null otherwise, or
 * when never known), so that rules naming that AWS id stop only when nothing in the org can match them any more.
 */
export interface AccountDeletedEvent {
  orgId: string;
  accountId: string;
  releasedAwsAccountId: string | null;
}

export interface EventMap {
  'inventory.scan.finished': ScanFinishedEvent;
  'inventory.scan.progress': ScanProgressEvent;
  'inventory.account.deleted': AccountDeletedEvent;
  'findings.alert.raised': AlertRaisedEvent;
  'auth.user.changed': UserChangedEvent;
}
export type Topic = keyof EventMap;
