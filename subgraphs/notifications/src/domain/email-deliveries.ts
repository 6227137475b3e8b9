/** The delivery log: every queued alert email of the viewer's organization with its status, newest first. */
import { requireUser, type Connection, type Viewer } from '@cspmexa/server-kit';
import type { OutboxStore } from '../db/outbox-store';
import { pageRequest, toPage } from './page';

export type DeliveryStatus = 'PENDING' | 'SENT' | 'FAILED';

export interface EmailDelivery {
  id: string;
  alertId: string;
  recipient: string;
  subject: string;
  status: DeliveryStatus;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
}

export function createEmailDeliveries(deps: { outbox: Pick<OutboxStore, 'page' | 'count'> }) {
  return {
    async list(viewer: Viewer | null, args: { first?: number | null; after?: string | null }): Promise<Connection<EmailDelivery>> {
      const { orgId } = requireUser(viewer);
      const page = pageRequest(args.first, args.after);
      const [rows, total] = await Promise.all([deps.outbox.page(orgId, page), deps.outbox.count(orgId)]);
      // The body stays out of the API: the log shows what was sent to whom, not the message again.
      const deliveries = rows.map(({ bodyText: _body, nextAttemptAt: _next, orgId: _org, ...row }) => ({
        ...row,
        status: row.status as DeliveryStatus,
      }));
      return toPage(deliveries, page, total);
    },
  };
}

export type EmailDeliveries = ReturnType<typeof createEmailDeliveries>;
