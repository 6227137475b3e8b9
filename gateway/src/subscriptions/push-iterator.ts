/**
 * A hand-written async iterator fed by pushes. An async generator cannot do this: its `return()` waits for the
 * pending `await` (the next event) to settle, so a client that unsubscribes keeps its bus subscription until some
 * unrelated event arrives. Here `return()` settles pending reads and releases the source immediately.
 */
export interface PushIterator<T> extends AsyncIterableIterator<T> {
  push(value: T): void;
  /** No more values: the buffered ones are still read, then the iterator is done; the source is released now. */
  end(): void;
  readonly closed: boolean;
}

/** Events buffered for a slow consumer before the oldest are dropped (delivery is at-most-once anyway). */
const DEFAULT_BUFFER = 100;

export function createPushIterator<T>(onClose: () => void, opts: { bufferSize?: number; onDrop?: () => void } = {}): PushIterator<T> {
  const buffer: T[] = [];
  const readers: ((r: IteratorResult<T>) => void)[] = [];
  const bufferSize = opts.bufferSize ?? DEFAULT_BUFFER;
  let closed = false;

  const stop = (dropBuffered: boolean) => {
    if (closed) return;
    closed = true;
    if (dropBuffered) buffer.length = 0;
    // Readers only wait when the buffer is empty, so ending them here loses nothing.
    for (const resolve of readers.splice(0)) resolve({ value: undefined, done: true });
    onClose();
  };
  const close = (): IteratorResult<T> => {
    stop(true);
    return { value: undefined, done: true };
  };

  const iterator: PushIterator<T> = {
    get closed() {
      return closed;
    },
    push(value) {
      if (closed) return;
      const reader = readers.shift();
      if (reader) {
        reader({ value, done: false });
        return;
      }
      buffer.push(value);
      if (buffer.length > bufferSize) {
        buffer.shift();
        opts.onDrop?.();
      }
    },
    end() {
      stop(false);
    },
    next() {
      if (buffer.length > 0) return Promise.resolve({ value: buffer.shift() as T, done: false });
      if (closed) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve) => readers.push(resolve));
    },
    return() {
      return Promise.resolve(close());
    },
    throw(error?: unknown) {
      close();
      return Promise.reject(error);
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}
