/** Notifications' actions in the audit trail (L1), at the subgraph: rule created and deleted, nothing when refused. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREATE_RULE, DELETE_RULE, newOrg } from './fixtures';
import { startHarness } from './harness';

let h: Awaited<ReturnType<typeof startHarness>>;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('notifications audit entries (L1)', () => {
  it('L1 a rule created and deleted by an admin: one entry each with actor, target and who receives mail; a refused delete reports nothing', async () => {
    const { orgId, admin, analyst } = newOrg();
    const created = await h.gql<{ createNotificationRule: { id: string } }>(admin, CREATE_RULE, { input: { name: 'SecOps', minSeverity: 'HIGH', recipients: ['sec@example.test'] } });
    const id = created.data!.createNotificationRule.id;
    expect((await h.gql(analyst, DELETE_RULE, { id })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await h.gql(admin, DELETE_RULE, { id })).errors).toBeUndefined();
    const entries = h.audited.filter((e) => e.orgId === orgId);
    expect(entries).toEqual([
      expect.objectContaining({ action: 'notification_rule.created', target: id, actorId: admin.userId, details: { name: 'SecOps', minSeverity: 'HIGH', recipients: 'sec@example.test', enabled: true } }),
      expect.objectContaining({ action: 'notification_rule.deleted', target: id, actorId: admin.userId }),
    ]);
  });
});
