import type { ApolloClient } from '@apollo/client';
import type { SnapshotExportChunkQuery } from '../../../gql/graphql';
import { SnapshotExportChunkDocument } from './snapshotExport';

/** Guards against a server that never reports the end: 100 000 chunks of 512 KB is far beyond any snapshot. */
const MAX_CHUNKS = 100_000;

function decodeBase64(data: string): Uint8Array<ArrayBuffer> {
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Reads a completed LOCAL snapshot export through the API (`content(offset)`, base64 chunks, until `nextOffset`
 * is null) into a gzip Blob: the gateway stays the only entry point. Chunks bypass the cache.
 */
export async function readSnapshotExport(client: ApolloClient, exportId: string): Promise<Blob> {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  let offset: number | null = 0;
  for (let chunk = 0; offset !== null; chunk += 1) {
    if (chunk >= MAX_CHUNKS) throw new Error('The snapshot did not end.');
    const result: { data?: SnapshotExportChunkQuery | undefined } = await client.query({
      query: SnapshotExportChunkDocument,
      variables: { id: exportId, offset },
      fetchPolicy: 'no-cache',
    });
    const content = result.data?.snapshotExport?.content;
    if (!content) throw new Error('The snapshot is no longer available.');
    parts.push(decodeBase64(content.data));
    offset = content.nextOffset;
  }
  return new Blob(parts, { type: 'application/gzip' });
}
