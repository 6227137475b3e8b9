export interface Toast {
  id: string;
  title: string;
  message: string;
  /** Mantine colour of the accent bar; the title carries the meaning in text. */
  color: string;
  /** Optional in-app link, e.g. to the finding an alert is about. */
  href?: string;
}

export interface ToastStore {
  list(): readonly Toast[];
  show(toast: Omit<Toast, 'id'>): string;
  dismiss(id: string): void;
  subscribe(listener: () => void): () => void;
}

/** Bounded so a burst of alerts cannot bury the page; the bell keeps the full list. */
const MAX_VISIBLE_TOASTS = 4;

export function createToastStore(autoDismissMs = 8_000): ToastStore {
  let toasts: readonly Toast[] = [];
  let sequence = 0;
  const listeners = new Set<() => void>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();

  const set = (next: readonly Toast[]) => {
    toasts = next;
    listeners.forEach((listener) => listener());
  };

  const dismiss = (id: string) => {
    clearTimeout(timers.get(id));
    timers.delete(id);
    set(toasts.filter((toast) => toast.id !== id));
  };

  return {
    list: () => toasts,
    show(toast) {
      sequence += 1;
      const id = `toast-${sequence}`;
      set([...toasts, { ...toast, id }].slice(-MAX_VISIBLE_TOASTS));
      if (autoDismissMs > 0) timers.set(id, setTimeout(() => dismiss(id), autoDismissMs));
      return id;
    },
    dismiss,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
