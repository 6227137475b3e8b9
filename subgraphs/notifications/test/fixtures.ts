/** Test data built from defaults plus overrides; unique ids and addresses keep tests apart in one shared database. */
import crypto from 'node:crypto';
import type { AlertRaisedEvent } from '@cspmexa/server-kit';
import { member } from './graphql-client';

export const CREATE_RULE = `mutation($input: CreateNotificationRuleInput!) {
  createNotificationRule(input: $input) { id name minSeverity recipients enabled createdAt }
}`;
export const DELETE_RULE = `mutation($id: ID!) { deleteNotificationRule(id: $id) }`;
export const RULES = `query($first: Int, $after: String) {
  notificationRules(first: $first, after: $after) { totalCount edges { cursor node { id name } } pageInfo { endCursor hasNextPage } }
}`;
export const DELIVERIES = `query {
  emailDeliveries(first: 100) { totalCount edges { node { id alertId recipient subject status attempts lastError createdAt sentAt } } }
}`;

export interface Delivery {
  alertId: string;
  recipient: string;
  subject: string;
  status: string;
  attempts: number;
  lastError: string | null;
  sentAt: string | null;
}

/** A fresh organization with an admin and an analyst. */
export function newOrg() {
  const orgId = crypto.randomUUID();
  return { orgId, admin: member(orgId, 'ADMIN'), analyst: member(orgId, 'ANALYST') };
}

export function uniqueAddress(label: string): string {
  return `${label}-${crypto.randomBytes(4).toString('hex')}@example.test`;
}

export function alertEvent(orgId: string, overrides: Partial<AlertRaisedEvent> = {}): AlertRaisedEvent {
  return {
    orgId,
    alertId: crypto.randomUUID(),
    findingId: crypto.randomUUID(),
    kind: 'OPENED',
    severity: 'CRITICAL',
    checkId: 's3_bucket_public_access_blocked',
    title: 'S3 bucket allows public access',
    resourceArn: 'arn:aws:s3:::customer-data',
    accountId: '123456789012',
    region: 'eu-west-1',
    raisedAt: new Date().toISOString(),
    ...overrides,
  };
}
