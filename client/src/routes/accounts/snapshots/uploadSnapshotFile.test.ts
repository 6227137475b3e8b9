import { describe, expect, it } from 'vitest';
import { SnapshotFileTooLarge, toBase64, uploadSnapshotFile, type UploadApi } from './uploadSnapshotFile';

function fakeServer(limits: { maxBytes: number; maxChunkBytes: number }) {
  const received: number[] = [];
  const calls: { offset: number; size: number }[] = [];
  const api: UploadApi = {
    start: async () => ({ id: 'up-1', receivedBytes: 0, ...limits }),
    append: async (_id, offset, base64) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      expect(bytes.length).toBeLessThanOrEqual(limits.maxChunkBytes);
      expect(offset).toBe(received.length);
      received.push(...bytes);
      calls.push({ offset, size: bytes.length });
      return { receivedBytes: received.length };
    },
  };
  return { api, received, calls };
}

describe('uploadSnapshotFile', () => {
  it('sends the whole file in chunks of at most maxChunkBytes, each at the offset the server reached', async () => {
    const bytes = Uint8Array.from({ length: 10 }, (_, i) => (i * 37) % 256);
    const server = fakeServer({ maxBytes: 100, maxChunkBytes: 4 });
    const progress: number[] = [];
    const id = await uploadSnapshotFile(server.api, new Blob([bytes]), (sent) => progress.push(sent));
    expect(id).toBe('up-1');
    expect(server.received).toEqual([...bytes]);
    expect(server.calls).toEqual([
      { offset: 0, size: 4 },
      { offset: 4, size: 4 },
      { offset: 8, size: 2 },
    ]);
    expect(progress).toEqual([0, 4, 8, 10]);
  });

  it('refuses a file above the server limit before sending anything', async () => {
    const server = fakeServer({ maxBytes: 5, maxChunkBytes: 4 });
    await expect(uploadSnapshotFile(server.api, new Blob([new Uint8Array(6)]), () => {})).rejects.toBeInstanceOf(SnapshotFileTooLarge);
    expect(server.calls).toEqual([]);
  });

  it('stops when the server does not move forward', async () => {
    const api: UploadApi = { start: async () => ({ id: 'u', receivedBytes: 0, maxBytes: 10, maxChunkBytes: 2 }), append: async () => ({ receivedBytes: 0 }) };
    await expect(uploadSnapshotFile(api, new Blob([new Uint8Array(4)]), () => {})).rejects.toThrow('did not advance');
  });

  it('encodes large chunks to base64 without overflowing the call stack', () => {
    const bytes = new Uint8Array(200_000).fill(255);
    expect(atob(toBase64(bytes)).length).toBe(200_000);
  });
});
