import { Anchor, CloseButton, Group, Paper, Stack, Text } from '@mantine/core';
import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import { Link } from 'react-router';
import { createToastStore, type ToastStore } from './toastStore';

const ToastContext = createContext<ToastStore | null>(null);

export function ToastProvider({ store, children }: { store?: ToastStore; children: ReactNode }) {
  const value = store ?? defaultStore;
  return (
    <ToastContext.Provider value={value}>
      {children}
      <ToastRegion store={value} />
    </ToastContext.Provider>
  );
}

const defaultStore = createToastStore();

export function useToasts(): ToastStore {
  const store = useContext(ToastContext);
  if (!store) throw new Error('useToasts must be used inside <ToastProvider>');
  return store;
}

/**
 * A polite live region: screen readers announce each new toast without stealing focus. The region is always in
 * the DOM (empty when idle) because assistive tech only announces changes to a region it already knows.
 */
function ToastRegion({ store }: { store: ToastStore }) {
  const toasts = useSyncExternalStore(store.subscribe, store.list, store.list);
  return (
    <Stack
      role="status"
      aria-live="polite"
      aria-label="Notifications"
      gap="xs"
      pos="fixed"
      bottom={16}
      right={16}
      w={360}
      style={{ zIndex: 1000 }}
    >
      {toasts.map((toast) => (
        <Paper
          key={toast.id}
          withBorder
          shadow="md"
          p="sm"
          style={{ borderLeft: `4px solid var(--mantine-color-${toast.color.replace('.', '-')})` }}
        >
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <div>
              <Text fw={600} size="sm">
                {toast.title}
              </Text>
              {toast.href ? (
                <Anchor component={Link} to={toast.href} size="sm">
                  {toast.message}
                </Anchor>
              ) : (
                <Text size="sm">{toast.message}</Text>
              )}
            </div>
            <CloseButton aria-label={`Dismiss: ${toast.title}`} onClick={() => store.dismiss(toast.id)} />
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
