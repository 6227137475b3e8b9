/**
 * SNAPSHOT accounts (admins only): one created from an uploaded file, a new file for it, and the demo account.
 * Each validates before writing anything, writes in one transaction, then queues a scan through the same runner
 * as a live account, so the findings come from the same `inventory.scan.finished` path.
 */
import { AppError, requireRole, type Database, type Viewer } from '@cspmexa/server-kit';
import { findAccount, findDemoAccount, insertAccount } from '../db/accounts';
import { isUniqueViolation } from '../db/pg-errors';
import { latestScan } from '../db/scans';
import type { AwsAccountRow } from '../db/schema';
import { deleteUpload, saveAccountSnapshot } from '../db/snapshot-store';
import { DEMO_ACCOUNT_NAME, demoSnapshotFile } from '../snapshots/demo-snapshot';
import { readSnapshot } from '../snapshots/read-snapshot';
import { accountName } from './account-input';
import type { InventoryDeps } from './deps';
import { isUuid } from './ids';
import type { ScanRunner } from './scan-runner';
import type { SnapshotUploadService } from './snapshot-uploads';

export function createSnapshotAccountService(deps: Pick<InventoryDeps, 'db' | 'logger' | 'clock'> & { uploads: SnapshotUploadService; runner: ScanRunner }) {
  const { db } = deps;
  const audit = (action: string, admin: { userId: string; orgId: string }, accountId: string) =>
    deps.logger.info({ audit: action, actor: admin.userId, orgId: admin.orgId, accountId }, 'snapshot account changed');

  async function storeUpload(admin: { userId: string; orgId: string }, uploadId: string, accountFor: (tx: Database, awsAccountId: string) => Promise<AwsAccountRow>) {
    const { gzip, snapshot } = await deps.uploads.read(admin.orgId, uploadId);
    return db.transaction(async (tx) => {
      const account = await accountFor(tx, snapshot.account.awsAccountId);
      await saveAccountSnapshot(tx, {
        accountId: account.id,
        orgId: admin.orgId,
        content: gzip,
        byteSize: gzip.length,
        formatVersion: snapshot.version,
        resourceCount: snapshot.resources.length,
        uploadedAt: deps.clock(),
        uploadedById: admin.userId,
      });
      await deleteUpload(tx, admin.orgId, uploadId);
      return account;
    });
  }

  return {
    async addSnapshotAccount(viewer: Viewer | null, input: { name: string; uploadId: string }): Promise<AwsAccountRow> {
      const admin = requireRole(viewer, 'ADMIN');
      const name = accountName.safeParse(input.name);
      if (!name.success) throw new AppError('BAD_USER_INPUT', name.error.issues[0]?.message ?? 'Invalid name.', { field: 'name' });
      const account = await storeUpload(admin, input.uploadId, (tx, awsAccountId) =>
        insertAccount(tx, admin.orgId, { name: name.data, authMethod: 'SNAPSHOT', roleArn: null, awsAccountId, regions: null }),
      );
      audit('aws_account.added', admin, account.id);
      await deps.runner.startScheduledScan(admin.orgId, account.id);
      return account;
    },

    async replaceAccountSnapshot(viewer: Viewer | null, accountId: string, uploadId: string): Promise<AwsAccountRow> {
      const admin = requireRole(viewer, 'ADMIN');
      const account = isUuid(accountId) ? await findAccount(db, admin.orgId, accountId) : undefined;
      if (!account) throw new AppError('NOT_FOUND', 'No such AWS account.');
      if (account.authMethod !== 'SNAPSHOT' || account.demo) {
        throw new AppError('BAD_USER_INPUT', 'Only an uploaded SNAPSHOT account (not the demo account) reads a replaceable snapshot.', { field: 'accountId' });
      }
      const active = await latestScan(db, admin.orgId, account.id);
      if (active && (active.status === 'QUEUED' || active.status === 'RUNNING')) throw new AppError('CONFLICT', 'A scan of this account is queued or running; wait for it to end.');
      await storeUpload(admin, uploadId, async (_tx, awsAccountId) => {
        if (account.awsAccountId && awsAccountId !== account.awsAccountId) {
          throw new AppError('BAD_USER_INPUT', `The snapshot is of AWS account ${awsAccountId}; this account is ${account.awsAccountId}.`, { field: 'uploadId' });
        }
        return account;
      });
      audit('aws_account.snapshot_replaced', admin, account.id);
      await deps.runner.startScheduledScan(admin.orgId, account.id);
      return account;
    },

    /**
     * Idempotent: the org's demo account if it exists, else a new one with its first scan queued; `created` says
     * which (only a creation is an action for the audit trail).
     */
    async addDemoAccount(viewer: Viewer | null): Promise<{ account: AwsAccountRow; created: boolean }> {
      const admin = requireRole(viewer, 'ADMIN');
      const existing = await findDemoAccount(db, admin.orgId);
      if (existing) return { account: existing, created: false };
      const demo = await readSnapshot(await demoSnapshotFile());
      let account: AwsAccountRow;
      try {
        account = await insertAccount(db, admin.orgId, {
          name: DEMO_ACCOUNT_NAME,
          authMethod: 'SNAPSHOT',
          roleArn: null,
          awsAccountId: demo.account.awsAccountId,
          regions: null,
          demo: true,
        });
      } catch (err) {
        // Another admin's call won the race: theirs is the org's demo account.
        const winner = isUniqueViolation(err, 'aws_accounts_one_demo_per_org') ? await findDemoAccount(db, admin.orgId) : undefined;
        if (winner) return { account: winner, created: false };
        throw err;
      }
      audit('aws_account.demo_added', admin, account.id);
      await deps.runner.startScheduledScan(admin.orgId, account.id);
      return { account, created: true };
    },
  };
}
export type SnapshotAccountService = ReturnType<typeof createSnapshotAccountService>;
