/**
 * One organization's data in every subgraph, made through the gateway by its admin (R2 fixtures): a connected
 * account scanned against the local S3 stand-in (scan, resources, findings, alerts), a mute rule, a notification
 * rule with its emails, an export, an invitation, an API token, and the audit events all of that leaves behind.
 */
import { expect, vi } from 'vitest';
import { createApiToken, ok } from './identities';
import type { Harness } from './product-harness';

export interface TenantData {
  accountId: string;
  scanId: string;
  resourceIds: string[];
  findingIds: string[];
  alertIds: string[];
  muteRuleId: string;
  notificationRuleId: string;
  exportId: string;
  invitedUserId: string;
  apiTokenId: string;
  deliveryIds: string[];
  auditEventIds: string[];
}

/** Waits until `probe` answers something truthy (usable in hooks, unlike expect.poll). */
function until<T>(probe: () => Promise<T> | T, timeout: number): Promise<T> {
  return vi.waitFor(
    async () => {
      const value = await probe();
      if (!value) throw new Error('not yet');
      return value;
    },
    { timeout, interval: 250 },
  );
}

async function scanAndWait(h: Harness, token: string, accountId: string): Promise<string> {
  const scanId = (await ok(h, 'mutation($a: ID!) { startScan(accountId: $a) { id } }', { a: accountId }, token)).startScan.id as string;
  const evaluated = 'query($id: ID!) { scan(id: $id) { evaluation { evaluatedAt } } }';
  await until(async () => (await h.gql<{ scan: { evaluation: unknown } | null }>(evaluated, { id: scanId }, token)).data?.scan?.evaluation, 60_000);
  return scanId;
}

const ids = (edges: { node: { id: string } }[]) => edges.map((e) => e.node.id);

/** Fills the admin's organization; `alertIds` come from the organization's own live subscription. */
export async function populateTenant(h: Harness, adminToken: string, alertIdsSeen: () => string[]): Promise<TenantData> {
  const account = await ok(h, 'mutation($i: AddAwsAccountInput!) { addAwsAccount(input: $i) { id } }', { i: { name: 'estate', authMethod: 'DEFAULT_CHAIN' } }, adminToken);
  const accountId = account.addAwsAccount.id as string;
  const rule = await ok(h, 'mutation($i: CreateNotificationRuleInput!) { createNotificationRule(input: $i) { id } }', { i: { name: 'all', minSeverity: 'INFO', recipients: ['soc@example.test'] } }, adminToken);
  const scanId = await scanAndWait(h, adminToken, accountId);
  await until(() => alertIdsSeen().length, 15_000);

  const listed = await ok(h, '{ resources(first: 100) { edges { node { id } } } findings(first: 100) { edges { node { id } } } }', {}, adminToken);
  const findingIds = ids(listed.findings.edges);
  expect(findingIds.length).toBeGreaterThan(0);
  const mute = await ok(h, 'mutation($f: [ID!]!) { muteFindings(ids: $f, reason: "accepted for R2") { id } }', { f: findingIds.slice(0, 1) }, adminToken);
  const exported = await ok(h, 'mutation { exportFindings(format: CSV) { id } }', {}, adminToken);
  const invited = await ok(h, 'mutation($e: String!) { inviteUser(email: $e, role: ANALYST) { user { id } } }', { e: `invited-${accountId.slice(0, 8)}@example.test` }, adminToken);
  const apiToken = await createApiToken(h, adminToken, ['READ']);
  await until(async () => (await ok(h, '{ emailDeliveries(first: 100) { totalCount } }', {}, adminToken)).emailDeliveries.totalCount as number, 15_000);
  const late = await ok(h, '{ emailDeliveries(first: 100) { edges { node { id } } } auditEvents(first: 100) { edges { node { id } } } }', {}, adminToken);
  return {
    accountId,
    scanId,
    resourceIds: ids(listed.resources.edges),
    findingIds,
    alertIds: alertIdsSeen(),
    muteRuleId: mute.muteFindings.id,
    notificationRuleId: rule.createNotificationRule.id,
    exportId: exported.exportFindings.id,
    invitedUserId: invited.inviteUser.user.id,
    apiTokenId: apiToken.id,
    deliveryIds: ids(late.emailDeliveries.edges),
    auditEventIds: ids(late.auditEvents.edges),
  };
}

/** Every id of a tenant, to look for in another tenant's answers. */
export function allIds(data: TenantData, extra: string[] = []): string[] {
  return [
    data.accountId,
    data.scanId,
    ...data.resourceIds,
    ...data.findingIds,
    ...data.alertIds,
    data.muteRuleId,
    data.notificationRuleId,
    data.exportId,
    data.invitedUserId,
    data.apiTokenId,
    ...data.deliveryIds,
    ...data.auditEventIds,
    ...extra,
  ];
}
