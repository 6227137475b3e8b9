/**
 * Findings exports through the gateway (no side door): `exportFindings` records a job and returns at once; the
 * job pages through the findings with a keyset cursor (first seen, id: an order rescans cannot reshuffle), writes
 * each batch to DATA_DIR/exports/<id>.<ext> with backpressure and reports its progress in `rowCount`. The file
 * is then read back in line-aligned chunks (`content(offset)`), so neither the job nor a reader ever holds the
 * whole table in memory.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { AppError, requireUser, type Database, type Logger, type Viewer } from '@cspmexa/server-kit';
import { exportById, insertExport, runningExports, updateExport } from '../db/export-store';
import { orderKeys, type FindingOrder } from '../db/finding-order';
import { listFindings } from '../db/finding-queries';
import type { ExportFormat, ExportRow } from '../db/schema';
import type { CheckInfo } from './evaluate';
import { csvHeader, csvLine, ocsfLine } from './export-formats';
import { checkFilter, type FindingFilterInput } from './list-input';
import { isUuid, requireOrg } from './org-scope';

export interface ExportServiceDeps {
  db: Database;
  logger: Logger;
  dataDir: string;
  findCheck: (id: string) => CheckInfo | undefined;
  /** Keeps the background job visible to the module, so stop() waits for it. */
  track: (job: Promise<unknown>) => void;
  now?: () => Date;
  batchSize?: number;
}

const STABLE_ORDER: FindingOrder = { field: 'FIRST_SEEN_AT', direction: 'ASC' };
const MAX_RUNNING_PER_ORG = 2;
const MAX_CHUNK = 1024 * 1024;
const EXTENSION: Record<ExportFormat, string> = { CSV: 'csv', OCSF: 'ocsf.jsonl' };

export function createExportService(deps: ExportServiceDeps) {
  const now = deps.now ?? (() => new Date());
  const batchSize = deps.batchSize ?? 1000;
  const folder = path.join(deps.dataDir, 'exports');
  const fileOf = (row: Pick<ExportRow, 'fileName'>) => path.join(folder, row.fileName);

  async function write(row: ExportRow, filterInput: FindingFilterInput): Promise<void> {
    const filter = checkFilter(filterInput);
    fs.mkdirSync(folder, { recursive: true });
    const out = fs.createWriteStream(fileOf(row), { flags: 'wx', mode: 0o600 });
    const put = async (text: string) => {
      if (!out.write(text)) await once(out, 'drain');
    };
    let rowCount = 0;
    try {
      if (row.format === 'CSV') await put(csvHeader());
      let position: (string | Date)[] | null = null;
      for (;;) {
        const rows = await listFindings(deps.db, row.orgId, filter, { limit: batchSize, order: STABLE_ORDER, after: position });
        const page = rows.slice(0, batchSize);
        await put(page.map((f) => (row.format === 'CSV' ? csvLine(f) : ocsfLine(f, deps.findCheck(f.checkId)))).join(''));
        rowCount += page.length;
        await updateExport(deps.db, row.orgId, row.id, { rowCount });
        const last = page.at(-1);
        if (rows.length <= batchSize || !last) break;
        position = orderKeys(STABLE_ORDER).map((k) => k.value(last));
      }
    } finally {
      out.end();
      await once(out, 'close');
    }
    const { size } = await fs.promises.stat(fileOf(row));
    await updateExport(deps.db, row.orgId, row.id, { status: 'COMPLETED', rowCount, byteSize: size, completedAt: now() });
  }

  return {
    async start(viewer: Viewer | null, format: ExportFormat, filter: FindingFilterInput | null | undefined): Promise<ExportRow> {
      const user = requireUser(viewer);
      const orgId = requireOrg(user);
      checkFilter(filter); // refuse a bad filter now, not in the background
      if ((await runningExports(deps.db, orgId)) >= MAX_RUNNING_PER_ORG) {
        throw new AppError('RATE_LIMITED', `At most ${MAX_RUNNING_PER_ORG} exports run at a time; wait for one to finish.`);
      }
      const id = crypto.randomUUID();
      const row = await insertExport(deps.db, {
        id,
        orgId,
        format,
        filter: { ...(filter ?? {}) },
        status: 'RUNNING',
        fileName: `${id}.${EXTENSION[format]}`,
        requestedById: user.userId,
        createdAt: now(),
      });
      const job = write(row, filter ?? {}).catch(async (err: unknown) => {
        deps.logger.error({ err, exportId: id, orgId }, 'findings export failed');
        await fs.promises.rm(fileOf(row), { force: true }).catch(() => undefined);
        await updateExport(deps.db, orgId, id, { status: 'FAILED', error: 'The export failed; try again.', completedAt: now() }).catch(() => undefined);
      });
      deps.track(job);
      return row;
    },

    async get(orgId: string, id: string): Promise<ExportRow | null> {
      return isUuid(id) ? exportById(deps.db, orgId, id) : null;
    },

    /** Up to `maxBytes` of a completed export from `offset`, cut after the last whole line; nextOffset null at the end. */
    async content(row: ExportRow, offset: number, maxBytes: number): Promise<{ data: string; nextOffset: number | null }> {
      if (row.status !== 'COMPLETED') throw new AppError('CONFLICT', 'The export is not complete yet.');
      if (!Number.isInteger(offset) || offset < 0 || offset > row.byteSize) throw new AppError('BAD_USER_INPUT', '`offset` is outside the export.', { field: 'offset' });
      if (!Number.isInteger(maxBytes) || maxBytes < 1024 || maxBytes > MAX_CHUNK) {
        throw new AppError('BAD_USER_INPUT', `\`maxBytes\` must be 1024 to ${MAX_CHUNK}.`, { field: 'maxBytes' });
      }
      const handle = await fs.promises.open(fileOf(row), 'r').catch(() => {
        throw new AppError('NOT_FOUND', 'The export file is no longer available; export again.');
      });
      try {
        const buffer = Buffer.alloc(Math.min(maxBytes, row.byteSize - offset));
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, offset);
        const end = offset + bytesRead >= row.byteSize ? bytesRead : buffer.lastIndexOf(0x0a, bytesRead - 1) + 1;
        // A single line longer than maxBytes is split, but never inside a UTF-8 character.
        let cut = end > 0 ? end : bytesRead;
        while (end === 0 && cut > 0 && cut < bytesRead && ((buffer[cut] ?? 0) & 0xc0) === 0x80) cut--;
        const next = offset + cut;
        return { data: buffer.subarray(0, cut).toString('utf8'), nextOffset: next >= row.byteSize ? null : next };
      } finally {
        await handle.close();
      }
    },
  };
}

export type ExportService = ReturnType<typeof createExportService>;
