/**
 * The notifications subgraph: notification rules, and alert emails through an outbox drained by a delivery worker.
 * Owns the `notifications` Postgres schema; reads nothing of the other subgraphs (alerts arrive as bus events).
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SESClient } from '@aws-sdk/client-ses';
import { subgraphAuditOutbox, type AlertRaisedEvent, type SubgraphDeps, type SubgraphModule } from '@cspmexa/server-kit';
import { parse } from 'graphql';
import { createOutboxStore } from './db/outbox-store';
import { createRulesStore } from './db/rules-store';
import { auditOutbox } from './db/schema';
import { createAlertIntake } from './domain/alert-intake';
import { systemClock, type Clock } from './domain/clock';
import { createDeliveryWorker, type DeliveryWorker, type DeliveryWorkerDeps } from './domain/delivery-worker';
import { createEmailDeliveries } from './domain/email-deliveries';
import { createSesEmailSender } from './domain/email-sender';
import { createNotificationRules } from './domain/notification-rules';
import { createResolvers } from './resolvers';

export const migrationsFolder = fileURLToPath(new URL('../drizzle', import.meta.url));

const typeDefs = parse(fs.readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8'));

export interface NotificationsDeps extends SubgraphDeps {
  /** SES client to send with; by default one for SES_REGION (or AWS_REGION) with the default credential chain. */
  ses?: SESClient;
  clock?: Clock;
  /** Worker tuning (tests shorten the poll interval, fix the jitter). */
  delivery?: Pick<DeliveryWorkerDeps, 'batchSize' | 'pollIntervalMs' | 'leaseMs' | 'backoff' | 'random'>;
}

export interface NotificationsModule extends SubgraphModule {
  deliveryWorker: DeliveryWorker;
  /** The `findings.alert.raised` handler; resolves to the number of emails newly queued. */
  handleAlertRaised(alert: AlertRaisedEvent): Promise<number>;
}

export async function createNotificationsSubgraph(deps: NotificationsDeps): Promise<NotificationsModule> {
  const { config, db, bus } = deps;
  const logger = deps.logger.child({ subgraph: 'notifications' });
  const clock = deps.clock ?? systemClock;
  // The SDK also honours AWS_ENDPOINT_URL_SES / AWS_ENDPOINT_URL, which is how local SES stand-ins are reached.
  const ownSes = deps.ses ? undefined : new SESClient({ region: config.SES_REGION ?? config.AWS_REGION });
  const ses = deps.ses ?? ownSes!;

  const rules = createRulesStore(db);
  const outbox = createOutboxStore(db);
  const deliveryWorker = createDeliveryWorker({
    outbox,
    sender: createSesEmailSender(ses, { from: config.SES_FROM }),
    clock,
    logger,
    maxAttempts: config.EMAIL_MAX_ATTEMPTS,
    ...deps.delivery,
  });
  const handleAlertRaised = createAlertIntake({
    rules,
    outbox,
    clock,
    logger,
    publicUrl: config.PUBLIC_URL,
    onQueued: () => void deliveryWorker.wake(),
  });

  let unsubscribe: (() => Promise<void>) | undefined;
  return {
    name: 'notifications',
    typeDefs,
    auditOutbox: subgraphAuditOutbox(deps, 'notifications', auditOutbox),
    resolvers: createResolvers({
      rules: createNotificationRules({ rules }),
      deliveries: createEmailDeliveries({ outbox }),
    }),
    deliveryWorker,
    handleAlertRaised,
    async start() {
      unsubscribe = await bus.subscribe('findings.alert.raised', async (alert) => {
        await handleAlertRaised(alert);
      });
      deliveryWorker.start();
    },
    async stop() {
      await unsubscribe?.();
      unsubscribe = undefined;
      await deliveryWorker.stop();
      ownSes?.destroy();
    },
  };
}
