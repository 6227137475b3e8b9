/**
 * Sends a snapshot file to the API in chunks (`startSnapshotUpload`, then `appendSnapshotUpload` at the upload's
 * `receivedBytes` until the whole file is in), so every request fits the gateway's body limit. The server's
 * `receivedBytes` decides the next offset: a chunk resent after a lost answer is harmless there.
 */
export interface UploadApi {
  start: () => Promise<{ id: string; receivedBytes: number; maxBytes: number; maxChunkBytes: number }>;
  append: (uploadId: string, offset: number, base64: string) => Promise<{ receivedBytes: number }>;
}

export class SnapshotFileTooLarge extends Error {
  constructor(readonly maxBytes: number) {
    super(`The file is larger than the ${Math.floor(maxBytes / (1024 * 1024))} MiB a snapshot may have.`);
  }
}

/** Base64 of bytes without one huge argument list (String.fromCharCode(...bytes) overflows the stack). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export async function uploadSnapshotFile(api: UploadApi, file: Blob, onProgress: (sentBytes: number, totalBytes: number) => void): Promise<string> {
  const upload = await api.start();
  if (file.size > upload.maxBytes) throw new SnapshotFileTooLarge(upload.maxBytes);
  let offset = upload.receivedBytes;
  onProgress(offset, file.size);
  while (offset < file.size) {
    const chunk = new Uint8Array(await file.slice(offset, offset + upload.maxChunkBytes).arrayBuffer());
    const { receivedBytes } = await api.append(upload.id, offset, toBase64(chunk));
    if (receivedBytes <= offset) throw new Error('The upload did not advance.');
    offset = receivedBytes;
    onProgress(offset, file.size);
  }
  return upload.id;
}
