/**
 * The subgraph as it runs in production - migrated database, event bus, HTTP server with signed assertions - plus a
 * real aws-ses-v2-local server and a clock the tests can move forward instead of waiting for a backoff.
 */
import { createMemoryEventBus, loadSecrets, startSubgraph, type Severity, type UserViewer } from '@cspmexa/server-kit';
import { memoryActionSink, openTestDatabase, silentLogger, testConfig } from '@cspmexa/server-kit/testing';
import { expect } from 'vitest';
import { createNotificationsSubgraph, migrationsFolder, type NotificationsModule } from '../src/index';
import { CREATE_RULE, DELIVERIES, type Delivery } from './fixtures';
import { graphqlClient } from './graphql-client';
import { createLocalSes } from './ses-local';

export const PUBLIC_URL = 'https://cspm.example.test';
export const SES_FROM = 'alerts@cspm.example.test';

export async function startHarness() {
  const config = testConfig({ PUBLIC_URL, SES_FROM, EMAIL_MAX_ATTEMPTS: '5' });
  const handle = await openTestDatabase();
  const bus = createMemoryEventBus(silentLogger);
  const ses = await createLocalSes();
  await ses.up();
  let clockOffsetMs = 0;
  let module!: NotificationsModule;
  // What the subgraph audits, kept here instead of calling auth's `recordAuditEvents`.
  const actionSink = memoryActionSink();
  const running = await startSubgraph(
    async (deps) => {
      module = await createNotificationsSubgraph({
        ...deps,
        ses: ses.client,
        clock: { now: () => new Date(Date.now() + clockOffsetMs) },
        delivery: { pollIntervalMs: 100, random: () => 0 },
      });
      return module;
    },
    migrationsFolder,
    { config, secrets: loadSecrets(config), db: handle.db, handle, bus, logger: silentLogger, port: 0, actionSink },
  );
  const gql = graphqlClient(running.url, config.INTERNAL_SECRET!);

  return {
    handle,
    bus,
    ses,
    module,
    audited: actionSink.entries,
    gql,
    advanceClock(ms: number) {
      clockOffsetMs += ms;
    },
    async createRule(admin: UserViewer, recipients: string[], minSeverity: Severity = 'HIGH') {
      const res = await gql<{ createNotificationRule: { id: string; recipients: string[] } }>(admin, CREATE_RULE, {
        input: { name: 'SecOps', minSeverity, recipients },
      });
      expect(res.errors).toBeUndefined();
      return res.data!.createNotificationRule;
    },
    async deliveries(viewer: UserViewer): Promise<Delivery[]> {
      const res = await gql<{ emailDeliveries: { edges: { node: Delivery }[] } }>(viewer, DELIVERIES);
      expect(res.errors).toBeUndefined();
      return res.data!.emailDeliveries.edges.map((e) => e.node);
    },
    async close() {
      await running.close();
      await ses.down();
      ses.client.destroy();
      await bus.close();
      await handle.close();
    },
  };
}

export type Harness = Awaited<ReturnType<typeof startHarness>>;
