/**
 * Where export files live: SNAPSHOT_DIR/exports/<export id>.json.gz. The name is built here from a uuid the server
 * generated and the result is checked to stay inside the folder, so no input can point the server elsewhere.
 */
import fs from 'node:fs';
import path from 'node:path';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export interface ExportFiles {
  folder: string;
  /** The file of one export; throws for anything that is not an export id. */
  pathOf(exportId: string): string;
  ensureFolder(): void;
}

export function exportFiles(snapshotDir: string): ExportFiles {
  const folder = path.resolve(snapshotDir, 'exports');
  return {
    folder,
    pathOf(exportId) {
      if (!UUID.test(exportId)) throw new Error('not an export id');
      const file = path.resolve(folder, `${exportId}.json.gz`);
      if (path.dirname(file) !== folder) throw new Error('export file outside the snapshot folder');
      return file;
    },
    ensureFolder: () => fs.mkdirSync(folder, { recursive: true, mode: 0o700 }),
  };
}
