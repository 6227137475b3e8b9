import crypto from 'node:crypto';
import { silentLogger } from '@cspmexa/server-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOutboxStore } from '../src/db/outbox-store';
import { createDeliveryWorker } from '../src/domain/delivery-worker';
import { alertEvent as alert, DELETE_RULE, CREATE_RULE, newOrg, RULES, uniqueAddress } from './fixtures';
import { PUBLIC_URL, SES_FROM, startHarness, type Harness } from './harness';
import { waitFor } from './graphql-client';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const gql: Harness['gql'] = (...args) => h.gql(...args);
const createRule: Harness['createRule'] = (...args) => h.createRule(...args);
const deliveries: Harness['deliveries'] = (...args) => h.deliveries(...args);

describe('alert emails', () => {
  it('sends exactly one email per recipient for an alert that a rule admits', async () => {
    const { orgId, admin, analyst } = newOrg();
    const to = uniqueAddress('secops');
    await createRule(admin, [to.toUpperCase()]);
    const raised = alert(orgId);
    await h.bus.publish('findings.alert.raised', raised);

    const [delivery] = await waitFor(() => deliveries(analyst), (d) => d[0]?.status === 'SENT');
    expect(delivery).toMatchObject({ alertId: raised.alertId, recipient: to, attempts: 0, lastError: null });
    expect(delivery?.sentAt).not.toBeNull();
    const emails = await h.ses.emailsTo(to);
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({
      from: SES_FROM,
      subject: '[CSPMEXA] CRITICAL: S3 bucket allows public access on arn:aws:s3:::customer-data',
    });
    expect(emails[0]?.body.text).toContain(`${PUBLIC_URL}/findings/${raised.findingId}`);
    expect(emails[0]?.body.text).toContain('Account:  123456789012');
  });

  it('sends nothing for an alert below every rule minimum', async () => {
    const { orgId, admin } = newOrg();
    const to = uniqueAddress('quiet');
    await createRule(admin, [to], 'HIGH');
    expect(await h.module.handleAlertRaised(alert(orgId, { severity: 'MEDIUM' }))).toBe(0);
    expect(await deliveries(admin)).toEqual([]);
  });

  it('sends once when the same event is delivered twice', async () => {
    const { orgId, admin } = newOrg();
    const to = uniqueAddress('twice');
    await createRule(admin, [to]);
    const raised = alert(orgId);
    await h.bus.publish('findings.alert.raised', raised);
    await h.bus.publish('findings.alert.raised', raised);
    await waitFor(() => deliveries(admin), (d) => d[0]?.status === 'SENT');
    // A redelivery after the email went out queues nothing either.
    expect(await h.module.handleAlertRaised(raised)).toBe(0);
    await h.module.deliveryWorker.wake();

    expect(await deliveries(admin)).toHaveLength(1);
    expect(await h.ses.emailsTo(to)).toHaveLength(1);
  });

  it('keeps mail PENDING while SES is down and delivers it once when SES is back', async () => {
    const { orgId, admin } = newOrg();
    const to = uniqueAddress('outage');
    await createRule(admin, [to]);
    await h.ses.down();
    try {
      await h.bus.publish('findings.alert.raised', alert(orgId));
      const [failed] = await waitFor(() => deliveries(admin), (d) => (d[0]?.attempts ?? 0) >= 1);
      expect(failed).toMatchObject({ status: 'PENDING', attempts: 1, sentAt: null });
      expect(failed?.lastError).toBeTruthy();
      // Not due before its backoff: a wake-up while SES is still down does not burn another attempt.
      await h.module.deliveryWorker.wake();
      expect((await deliveries(admin))[0]?.attempts).toBe(1);
    } finally {
      await h.ses.up();
    }
    h.advanceClock(60 * 60_000);
    const [sent] = await waitFor(() => deliveries(admin), (d) => d[0]?.status === 'SENT');
    expect(sent).toMatchObject({ attempts: 1 });
    await h.module.deliveryWorker.wake();
    expect(await h.ses.emailsTo(to)).toHaveLength(1);
  });
});

describe('delivery workers side by side (replicas)', () => {
  it('send each row exactly once', async () => {
    const { orgId, admin } = newOrg();
    const outbox = createOutboxStore(h.handle.db);
    // Due only on the replicas' clock, years ahead: the subgraph's own worker leaves these rows alone.
    const future = new Date(Date.now() + 5 * 365 * 24 * 3600_000);
    const recipients = Array.from({ length: 25 }, (_, i) => `replica-${i}@example.test`);
    const alertId = crypto.randomUUID();
    await outbox.enqueue(recipients.map((recipient) => ({ orgId, alertId, recipient, subject: 's', bodyText: 'b', nextAttemptAt: future })));

    const sent: string[] = [];
    const replica = () =>
      createDeliveryWorker({
        outbox,
        sender: {
          async send(email) {
            await new Promise((r) => setTimeout(r, 2));
            sent.push(email.to);
          },
        },
        clock: { now: () => new Date(future.getTime() + 1_000) },
        logger: silentLogger,
        maxAttempts: 3,
        batchSize: 4,
      });
    const replicas = [replica(), replica(), replica()];
    for (const r of replicas) r.start();
    await Promise.all(replicas.map((r) => r.wake()));
    await Promise.all(replicas.map((r) => r.stop()));

    expect(sent.sort()).toEqual([...recipients].sort());
    const listed = await deliveries(admin);
    expect(listed.filter((d) => d.status === 'SENT')).toHaveLength(25);
  });
});

describe('notification rules', () => {
  it('lets an admin create and delete rules, and any member list them', async () => {
    const { admin, analyst } = newOrg();
    const created = await createRule(admin, ['A@Example.test', 'b@example.test']);
    expect(created.recipients).toEqual(['a@example.test', 'b@example.test']);

    const listed = await gql<{ notificationRules: { totalCount: number; edges: { node: { id: string } }[] } }>(analyst, RULES);
    expect(listed.data?.notificationRules.totalCount).toBe(1);
    expect(listed.data?.notificationRules.edges[0]?.node.id).toBe(created.id);

    expect((await gql(admin, DELETE_RULE, { id: created.id })).data).toEqual({ deleteNotificationRule: true });
    const again = await gql(admin, DELETE_RULE, { id: created.id });
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses rule changes by an ANALYST with FORBIDDEN and changes nothing', async () => {
    const { admin, analyst } = newOrg();
    const rule = await createRule(admin, [uniqueAddress('keep')]);
    const create = await gql(analyst, CREATE_RULE, { input: { name: 'Mine', minSeverity: 'LOW', recipients: ['me@example.test'] } });
    expect(create.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const del = await gql(analyst, DELETE_RULE, { id: rule.id });
    expect(del.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const listed = await gql<{ notificationRules: { totalCount: number } }>(admin, RULES);
    expect(listed.data?.notificationRules.totalCount).toBe(1);
  });

  it('M5 refuses rule changes by an admin whose session has not passed MFA (reason MFA_REQUIRED), before any validation', async () => {
    const { admin } = newOrg();
    const rule = await createRule(admin, [uniqueAddress('keep')]);
    const withoutMfa = { ...admin, mfa: false };
    const create = await gql(withoutMfa, CREATE_RULE, { input: { name: '', minSeverity: 'LOW', recipients: [] } });
    expect(create.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'MFA_REQUIRED' });
    const del = await gql(withoutMfa, DELETE_RULE, { id: rule.id });
    expect(del.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'MFA_REQUIRED' });
    const listed = await gql<{ notificationRules: { totalCount: number } }>(withoutMfa, RULES);
    expect(listed.data?.notificationRules.totalCount).toBe(1);
  });

  it.each([
    ['a malformed email', { recipients: ['not-an-email'] }, 'recipients'],
    ['no recipients', { recipients: [] }, 'recipients'],
    ['21 recipients', { recipients: Array.from({ length: 21 }, (_, i) => `u${i}@example.test`) }, 'recipients'],
    ['an empty name', { name: '' }, 'name'],
    ['a 101-character name', { name: 'n'.repeat(101) }, 'name'],
  ])('refuses %s with BAD_USER_INPUT naming the field', async (_label, overrides, field) => {
    const { admin } = newOrg();
    const res = await gql(admin, CREATE_RULE, { input: { name: 'Rule', minSeverity: 'HIGH', recipients: ['ok@example.test'], ...overrides } });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('refuses a caller without a user', async () => {
    const res = await gql(null, RULES);
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('keeps organizations apart: no listing, delivery or deletion across orgs', async () => {
    const a = newOrg();
    const b = newOrg();
    const rule = await createRule(a.admin, [uniqueAddress('org-a')]);
    await h.module.handleAlertRaised(alert(a.orgId));
    const listed = await gql<{ notificationRules: { totalCount: number } }>(b.admin, RULES);
    expect(listed.data?.notificationRules.totalCount).toBe(0);
    expect(await deliveries(b.admin)).toEqual([]);
    const del = await gql(b.admin, DELETE_RULE, { id: rule.id });
    expect(del.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await gql<{ notificationRules: { totalCount: number } }>(a.admin, RULES)).data?.notificationRules.totalCount).toBe(1);
  });

  it('pages rules newest first with cursors and refuses a forged cursor', async () => {
    const { admin } = newOrg();
    for (const n of [1, 2, 3]) await createRule(admin, [`p${n}@example.test`]);
    type Page = { notificationRules: { totalCount: number; edges: { node: { id: string } }[]; pageInfo: { endCursor: string; hasNextPage: boolean } } };
    const first = await gql<Page>(admin, RULES, { first: 2 });
    expect(first.data?.notificationRules).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    const second = await gql<Page>(admin, RULES, { first: 2, after: first.data?.notificationRules.pageInfo.endCursor });
    expect(second.data?.notificationRules.edges).toHaveLength(1);
    expect(second.data?.notificationRules.pageInfo.hasNextPage).toBe(false);
    const ids = [...first.data!.notificationRules.edges, ...second.data!.notificationRules.edges].map((e) => e.node.id);
    expect(new Set(ids).size).toBe(3);

    const forged = Buffer.from(JSON.stringify(['yesterday', "x' or 1=1"])).toString('base64url');
    const bad = await gql(admin, RULES, { after: forged });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
