import { afterEach, describe, expect, it, vi } from 'vitest';
import { createToastStore } from './toastStore';

afterEach(() => vi.useRealTimers());

describe('createToastStore', () => {
  it('dismisses a toast by hand or after the timeout', () => {
    vi.useFakeTimers();
    const store = createToastStore(1_000);
    const first = store.show({ title: 'A', message: 'a', color: 'red' });
    store.show({ title: 'B', message: 'b', color: 'red' });
    store.dismiss(first);
    expect(store.list().map((t) => t.title)).toEqual(['B']);
    vi.advanceTimersByTime(1_000);
    expect(store.list()).toEqual([]);
  });

  it('keeps only the latest few toasts visible', () => {
    const store = createToastStore(0);
    for (const title of ['1', '2', '3', '4', '5', '6']) store.show({ title, message: '', color: 'red' });
    expect(store.list().map((t) => t.title)).toEqual(['3', '4', '5', '6']);
  });
});
