import type { ApolloClient } from '@apollo/client';
import type { ExportFormat, FindingsExportChunkQuery } from '../../gql/graphql';
import { FindingsExportChunkDocument } from './exportFindings';

export const EXPORT_MIME_TYPE: Readonly<Record<ExportFormat, string>> = {
  CSV: 'text/csv;charset=utf-8',
  // OCSF exports are JSON Lines: one Detection Finding object per line.
  OCSF: 'application/x-ndjson;charset=utf-8',
};

/** Guards against a server that never reports the end: 10 000 chunks of 1 MB is far beyond any export. */
const MAX_CHUNKS = 10_000;

/**
 * Reads a completed export through the API chunk by chunk (`content(offset)` until `nextOffset` is null) and
 * assembles the file in the browser: no extra download route on the gateway, same auth as every other call.
 * Chunks bypass the cache: a file does not belong in the normalized store.
 */
export async function readExportFile(client: ApolloClient, exportId: string, format: ExportFormat): Promise<Blob> {
  const parts: string[] = [];
  let offset: number | null = 0;
  for (let chunk = 0; offset !== null; chunk += 1) {
    if (chunk >= MAX_CHUNKS) throw new Error('The export did not end.');
    const result: { data?: FindingsExportChunkQuery | undefined } = await client.query({
      query: FindingsExportChunkDocument,
      variables: { id: exportId, offset },
      fetchPolicy: 'no-cache',
    });
    const content = result.data?.findingsExport?.content;
    if (!content) throw new Error('The export is no longer available.');
    parts.push(content.data);
    offset = content.nextOffset;
  }
  return new Blob(parts, { type: EXPORT_MIME_TYPE[format] });
}

/** Hands a file to the browser's download manager through a temporary object URL. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke on the next tick: some browsers start the download asynchronously after click().
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
