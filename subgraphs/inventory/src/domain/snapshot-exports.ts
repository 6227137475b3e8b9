/**
 * Exporting a scan's inventory as a snapshot file (admins only). `exportScanSnapshot` records a job and answers
 * at once; the job streams the scan's resources page by page through gzip into SNAPSHOT_DIR/exports/<id>.json.gz,
 * reporting `resourceCount` as it goes, then (S3) puts the file in the configured bucket and removes it locally.
 * A LOCAL file is read back through the API in base64 chunks: the gateway stays the only entry point.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import { AppError, requireRole, type Viewer } from '@cspmexa/server-kit';
import { findAccount } from '../db/accounts';
import { resourcesOfScanPage } from '../db/resources';
import { findScan, latestStoredScanIds } from '../db/scans';
import type { AwsAccountRow, ScanRow, SnapshotDestination, SnapshotExportRow } from '../db/schema';
import { findSnapshotExport, insertSnapshotExport, runningSnapshotExports, updateSnapshotExport } from '../db/snapshot-store';
import { exportFiles } from '../snapshots/export-files';
import { SNAPSHOT_FORMAT, SNAPSHOT_FORMAT_VERSION, type SnapshotHeader, type SnapshotResource } from '../snapshots/format';
import type { SnapshotBucket } from '../snapshots/s3-destination';
import { writeSnapshot } from '../snapshots/write-snapshot';
import type { InventoryDeps } from './deps';
import { isUuid } from './ids';

export interface SnapshotExportDeps extends Pick<InventoryDeps, 'db' | 'logger' | 'clock'> {
  snapshotDir: string;
  /** The configured bucket; S3 exports are refused without one. */
  bucket?: SnapshotBucket;
  /** Keeps the background job visible to the module, so stop() waits for it. */
  track: (job: Promise<unknown>) => void;
  pageSize?: number;
}

const MAX_RUNNING_PER_ORG = 2;
const MAX_CHUNK = 1024 * 1024;

const stamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');

export function createSnapshotExportService(deps: SnapshotExportDeps) {
  const { db } = deps;
  const files = exportFiles(deps.snapshotDir);
  const pageSize = deps.pageSize ?? 500;

  async function* resourceBatches(orgId: string, scanId: string): AsyncGenerator<SnapshotResource[]> {
    let afterArn: string | null = null;
    for (;;) {
      const rows = await resourcesOfScanPage(db, orgId, scanId, afterArn, pageSize);
      yield rows.map((r) => ({
        kind: r.kind,
        arn: r.arn,
        name: r.name,
        region: r.region,
        accountId: r.awsAccountId,
        tags: r.tags ?? null,
        config: r.data as SnapshotResource['config'],
        firstSeenAt: r.firstSeenAt.toISOString(),
        lastSeenAt: r.lastSeenAt.toISOString(),
      }));
      if (rows.length < pageSize) return;
      afterArn = rows.at(-1)?.arn ?? null;
    }
  }

  async function write(row: SnapshotExportRow, scan: ScanRow, account: AwsAccountRow): Promise<void> {
    const header: SnapshotHeader = {
      format: SNAPSHOT_FORMAT,
      version: SNAPSHOT_FORMAT_VERSION,
      generator: 'cspmexa',
      exportedAt: deps.clock().toISOString(),
      collectedAt: (scan.finishedAt ?? scan.queuedAt).toISOString(),
      account: { awsAccountId: account.awsAccountId ?? 'unknown', name: account.name },
      scan: { id: scan.id, status: scan.status === 'PARTIAL' ? 'PARTIAL' : 'COMPLETED' },
      regions: scan.regions,
      errors: scan.errors,
    };
    files.ensureFolder();
    const file = files.pathOf(row.id);
    await writeSnapshot(fs.createWriteStream(file, { flags: 'wx', mode: 0o600 }), header, resourceBatches(row.orgId, scan.id), (n) =>
      updateSnapshotExport(db, row.orgId, row.id, { resourceCount: n }),
    );
    const { size } = await fs.promises.stat(file);
    let location: string | null = null;
    if (row.destination === 'S3' && deps.bucket) {
      const key = deps.bucket.keyFor(row.orgId, account.awsAccountId ?? 'unknown', scan.id);
      await deps.bucket.put(key, file, size);
      await fs.promises.rm(file, { force: true });
      location = `s3://${deps.bucket.bucket}/${key}`;
    }
    await updateSnapshotExport(db, row.orgId, row.id, { status: 'COMPLETED', byteSize: size, location, completedAt: deps.clock() });
  }

  /**
   * Only an account's latest stored scan can be exported (the inventory keeps the current state). For many scans
   * (a scans list) one statement finds every account's latest stored scan.
   */
  async function exportableScans(scanRows: readonly ScanRow[]): Promise<Map<ScanRow, boolean>> {
    const byOrg = new Map<string, ScanRow[]>();
    for (const scan of scanRows) byOrg.set(scan.orgId, [...(byOrg.get(scan.orgId) ?? []), scan]);
    const out = new Map<ScanRow, boolean>();
    for (const [orgId, rows] of byOrg) {
      const stored = rows.filter((scan) => scan.status === 'COMPLETED' || scan.status === 'PARTIAL');
      const latest = await latestStoredScanIds(db, orgId, [...new Set(stored.map((scan) => scan.accountId))]);
      for (const scan of rows) out.set(scan, latest.get(scan.accountId) === scan.id && stored.includes(scan));
    }
    return out;
  }

  const exportable = async (scan: ScanRow): Promise<boolean> => (await exportableScans([scan])).get(scan) ?? false;

  return {
    exportable,
    exportableScans,

    async start(viewer: Viewer | null, scanId: string, destination: SnapshotDestination): Promise<SnapshotExportRow> {
      const admin = requireRole(viewer, 'ADMIN');
      const scan = isUuid(scanId) ? await findScan(db, admin.orgId, scanId) : undefined;
      const account = scan && (await findAccount(db, admin.orgId, scan.accountId));
      if (!scan || !account) throw new AppError('NOT_FOUND', 'No such scan.');
      if (destination === 'S3' && !deps.bucket) {
        throw new AppError('BAD_USER_INPUT', 'S3 exports are not configured on this server (SNAPSHOT_S3_BUCKET).', { field: 'destination' });
      }
      if (!(await exportable(scan))) {
        throw new AppError('CONFLICT', "Only the account's latest completed or partial scan can be exported: the inventory keeps the current state, not a copy per scan.");
      }
      if ((await runningSnapshotExports(db, admin.orgId)) >= MAX_RUNNING_PER_ORG) {
        throw new AppError('RATE_LIMITED', `At most ${MAX_RUNNING_PER_ORG} snapshot exports run at a time; wait for one to finish.`);
      }
      const id = crypto.randomUUID();
      const row = await insertSnapshotExport(db, {
        id,
        orgId: admin.orgId,
        scanId: scan.id,
        destination,
        status: 'RUNNING',
        fileName: `cspmexa-snapshot-${account.awsAccountId ?? 'unknown'}-${stamp(scan.finishedAt ?? scan.queuedAt)}.json.gz`,
        requestedById: admin.userId,
        createdAt: deps.clock(),
      });
      deps.logger.info({ audit: 'snapshot.exported', actor: admin.userId, orgId: admin.orgId, scanId: scan.id, exportId: id, destination }, 'scan snapshot export started');
      const job = write(row, scan, account).catch(async (err: unknown) => {
        deps.logger.error({ err, exportId: id, orgId: admin.orgId }, 'snapshot export failed');
        await fs.promises.rm(files.pathOf(id), { force: true }).catch(() => undefined);
        const error = destination === 'S3' ? 'Writing to the S3 bucket failed; check the server\'s s3:PutObject permission and try again.' : 'The export failed; try again.';
        await updateSnapshotExport(db, admin.orgId, id, { status: 'FAILED', error, completedAt: deps.clock() }).catch(() => undefined);
      });
      deps.track(job);
      return row;
    },

    async get(viewer: Viewer | null, id: string): Promise<SnapshotExportRow | null> {
      const admin = requireRole(viewer, 'ADMIN');
      return (isUuid(id) && (await findSnapshotExport(db, admin.orgId, id))) || null;
    },

    destinations: (): SnapshotDestination[] => (deps.bucket ? ['LOCAL', 'S3'] : ['LOCAL']),

    /** Up to `maxBytes` of a completed LOCAL export from `offset`, base64; nextOffset null at the end. */
    async content(row: SnapshotExportRow, offset: number, maxBytes: number): Promise<{ data: string; nextOffset: number | null }> {
      if (row.status !== 'COMPLETED') throw new AppError('CONFLICT', 'The export is not complete yet.');
      if (row.destination !== 'LOCAL') throw new AppError('CONFLICT', `This export was written to ${row.location ?? 'S3'}; read it there.`);
      if (!Number.isInteger(offset) || offset < 0 || offset > row.byteSize) throw new AppError('BAD_USER_INPUT', '`offset` is outside the file.', { field: 'offset' });
      if (!Number.isInteger(maxBytes) || maxBytes < 1024 || maxBytes > MAX_CHUNK) {
        throw new AppError('BAD_USER_INPUT', `\`maxBytes\` must be 1024 to ${MAX_CHUNK}.`, { field: 'maxBytes' });
      }
      const handle = await fs.promises.open(files.pathOf(row.id), 'r').catch(() => {
        throw new AppError('NOT_FOUND', 'The export file is no longer available; export again.');
      });
      try {
        const buffer = Buffer.alloc(Math.min(maxBytes, row.byteSize - offset));
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, offset);
        const next = offset + bytesRead;
        return { data: buffer.subarray(0, bytesRead).toString('base64'), nextOffset: next >= row.byteSize ? null : next };
      } finally {
        await handle.close();
      }
    },
  };
}
export type SnapshotExportService = ReturnType<typeof createSnapshotExportService>;
