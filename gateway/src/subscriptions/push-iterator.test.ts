import { describe, expect, it, vi } from 'vitest';
import { createPushIterator } from './push-iterator';

describe('createPushIterator', () => {
  it('hands pushed values to waiting and later readers in order', async () => {
    const it = createPushIterator<number>(() => undefined);
    const first = it.next();
    it.push(1);
    it.push(2);
    expect(await first).toEqual({ value: 1, done: false });
    expect(await it.next()).toEqual({ value: 2, done: false });
  });

  it('return() releases the source at once and ends a pending read', async () => {
    const onClose = vi.fn();
    const it = createPushIterator<number>(onClose);
    const pending = it.next();
    await it.return?.();
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(await pending).toEqual({ value: undefined, done: true });
    it.push(3);
    expect(await it.next()).toEqual({ value: undefined, done: true });
    await it.return?.();
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('drops the oldest values beyond the buffer and says so', async () => {
    const onDrop = vi.fn();
    const it = createPushIterator<number>(() => undefined, { bufferSize: 2, onDrop });
    for (const n of [1, 2, 3]) it.push(n);
    expect(onDrop).toHaveBeenCalledTimes(1);
    expect((await it.next()).value).toBe(2);
  });

  it('end() lets buffered values be read, then finishes, releasing the source once', async () => {
    const onClose = vi.fn();
    const it = createPushIterator<number>(onClose);
    it.push(1);
    it.end();
    expect(onClose).toHaveBeenCalledTimes(1);
    it.push(2);
    expect(await it.next()).toEqual({ value: 1, done: false });
    expect(await it.next()).toEqual({ value: undefined, done: true });
    await it.return?.();
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
