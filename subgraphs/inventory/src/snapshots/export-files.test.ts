import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportFiles } from './export-files';

describe('exportFiles', () => {
  const files = exportFiles('/var/lib/cspmexa/snapshots');

  it('places an export in SNAPSHOT_DIR/exports, named by its id', () => {
    expect(files.pathOf('0f8c2d7e-5b1a-4c3e-9d2f-1a2b3c4d5e6f')).toBe(path.join('/var/lib/cspmexa/snapshots/exports', '0f8c2d7e-5b1a-4c3e-9d2f-1a2b3c4d5e6f.json.gz'));
  });

  it('refuses anything but an export id: no traversal out of the folder', () => {
    for (const id of ['../../etc/passwd', '/etc/passwd', '..', 'a/b', '0f8c2d7e-5b1a-4c3e-9d2f-1a2b3c4d5e6f/../x', '']) {
      expect(() => files.pathOf(id), id).toThrow();
    }
  });
});
