/**
 * Streams a snapshot file: the header, then the resources batch by batch, through gzip into any writable (a
 * file, an upload). Neither the JSON text nor the resource list is ever held whole.
 */
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import type { SnapshotHeader, SnapshotResource } from './format';

async function* jsonText(
  header: SnapshotHeader,
  batches: AsyncIterable<SnapshotResource[]>,
  onBatch: (written: number) => Promise<void> | void,
): AsyncGenerator<string> {
  // The header's closing brace is replaced by the resources array, which comes last.
  yield `${JSON.stringify(header).slice(0, -1)},"resources":[`;
  let written = 0;
  for await (const batch of batches) {
    if (batch.length === 0) continue;
    yield (written > 0 ? ',' : '') + batch.map((r) => JSON.stringify(r)).join(',');
    written += batch.length;
    await onBatch(written);
  }
  yield ']}';
}

export async function writeSnapshot(
  out: Writable,
  header: SnapshotHeader,
  batches: AsyncIterable<SnapshotResource[]>,
  onBatch: (written: number) => Promise<void> | void = () => undefined,
): Promise<void> {
  await pipeline(Readable.from(jsonText(header, batches, onBatch)), zlib.createGzip(), out);
}
