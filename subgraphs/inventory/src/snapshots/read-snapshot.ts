/**
 * Reads a snapshot file: gunzip with a bound on the decompressed size (a small gzip can expand to gigabytes),
 * parse, check format and version first (the clearest message for the most likely mistake), then the schema.
 * Every refusal is a SnapshotFormatError whose message says what is wrong and where.
 */
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { SNAPSHOT_FORMAT, SNAPSHOT_FORMAT_VERSION, snapshotFileSchema, type SnapshotFile } from './format';

/** Decompressed JSON larger than this is refused: JSON.parse holds it all in memory. */
export const MAX_SNAPSHOT_JSON_BYTES = 256 * 1024 * 1024;

export class SnapshotFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SnapshotFormatError';
  }
}

const gunzip = promisify(zlib.gunzip);

async function inflate(gzip: Buffer, maxBytes: number): Promise<Buffer> {
  try {
    return await gunzip(gzip, { maxOutputLength: maxBytes });
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new SnapshotFormatError(`The snapshot expands to more than ${Math.floor(maxBytes / (1024 * 1024))} MB of JSON.`);
    }
    throw new SnapshotFormatError('The file is not a complete gzip file (truncated or corrupt).');
  }
}

const describePath = (path: readonly PropertyKey[]) =>
  path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');

export function validateSnapshot(value: unknown): SnapshotFile {
  const head = (typeof value === 'object' && value !== null ? value : {}) as { format?: unknown; version?: unknown };
  if (head.format !== SNAPSHOT_FORMAT) throw new SnapshotFormatError(`Not a CSPMEXA scan snapshot (expected "format": "${SNAPSHOT_FORMAT}").`);
  if (head.version !== SNAPSHOT_FORMAT_VERSION) {
    throw new SnapshotFormatError(`Unsupported snapshot version ${JSON.stringify(head.version)}; this server reads version ${SNAPSHOT_FORMAT_VERSION}.`);
  }
  const parsed = snapshotFileSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SnapshotFormatError(`Invalid snapshot at ${describePath(issue?.path ?? []) || 'the top level'}: ${issue?.message ?? 'unexpected shape'}.`);
  }
  return parsed.data;
}

export async function readSnapshot(gzip: Buffer, maxJsonBytes = MAX_SNAPSHOT_JSON_BYTES): Promise<SnapshotFile> {
  const json = await inflate(gzip, maxJsonBytes);
  let value: unknown;
  try {
    value = JSON.parse(json.toString('utf8'));
  } catch {
    throw new SnapshotFormatError('The snapshot is not valid JSON.');
  }
  return validateSnapshot(value);
}
