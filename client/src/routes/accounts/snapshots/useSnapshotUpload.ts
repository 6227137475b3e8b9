import { useMutation } from '@apollo/client/react';
import { useCallback, useMemo, useState } from 'react';
import { userMessage } from '../../../apollo/userMessage';
import { AppendSnapshotUploadDocument, StartSnapshotUploadDocument } from './snapshotUpload';
import { SnapshotFileTooLarge, uploadSnapshotFile, type UploadApi } from './uploadSnapshotFile';

export type SnapshotUploadState =
  | { phase: 'idle' }
  | { phase: 'uploading'; sentBytes: number; totalBytes: number }
  | { phase: 'finishing' }
  | { phase: 'scanning'; scanId: string }
  | { phase: 'done' }
  | { phase: 'failed'; message: string };

/**
 * Uploads a snapshot file chunk by chunk, then hands the upload id to `finish` (add an account, or replace an
 * account's snapshot), which returns the scan it started. Every failure becomes a message for people.
 */
export function useSnapshotUpload(finish: (uploadId: string) => Promise<string | null>) {
  const [start] = useMutation(StartSnapshotUploadDocument);
  const [append] = useMutation(AppendSnapshotUploadDocument);
  const [state, setState] = useState<SnapshotUploadState>({ phase: 'idle' });
  const api = useMemo<UploadApi>(
    () => ({
      start: async () => (await start()).data!.startSnapshotUpload,
      append: async (uploadId, offset, data) => (await append({ variables: { uploadId, offset, data } })).data!.appendSnapshotUpload,
    }),
    [start, append],
  );

  const run = useCallback(
    async (file: File) => {
      let uploadId: string;
      try {
        uploadId = await uploadSnapshotFile(api, file, (sentBytes, totalBytes) => setState({ phase: 'uploading', sentBytes, totalBytes }));
      } catch (error) {
        const message = error instanceof SnapshotFileTooLarge ? error.message : userMessage(error, 'The file could not be uploaded. Try again.');
        return setState({ phase: 'failed', message });
      }
      setState({ phase: 'finishing' });
      try {
        const scanId = await finish(uploadId);
        setState(scanId ? { phase: 'scanning', scanId } : { phase: 'done' });
      } catch (error) {
        setState({ phase: 'failed', message: userMessage(error, 'The snapshot could not be used. Try again.') });
      }
    },
    [api, finish],
  );

  return { state, run };
}
