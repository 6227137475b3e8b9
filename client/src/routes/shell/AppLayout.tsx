import { AppShell, Burger, Group, Loader, Center, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { MfaEnrolmentBanner } from '../../auth/MfaEnrolmentBanner';
import { ToastProvider } from '../../components/toast/ToastRegion';
import { AlertBell } from './liveAlerts/AlertBell';
import { LiveAlertsProvider } from './liveAlerts/LiveAlerts';
import { NavigationLinks } from './NavigationLinks';
import { UserMenu } from './UserMenu';

/** The signed-in frame: header (bell, user menu), navigation, and the current page. */
export function AppLayout() {
  const [navigationOpen, { toggle, close }] = useDisclosure(false);

  // Toasts live inside the router (they link to findings) and only the signed-in area raises them.
  return (
    <ToastProvider>
      <LiveAlertsProvider>
        <AppShell
          header={{ height: 56 }}
          navbar={{ width: 230, breakpoint: 'sm', collapsed: { mobile: !navigationOpen } }}
          padding="lg"
        >
          <AppShell.Header>
            <Group h="100%" px="md" justify="space-between">
              <Group gap="sm">
                <Burger
                  opened={navigationOpen}
                  onClick={toggle}
                  hiddenFrom="sm"
                  size="sm"
                  aria-label="Toggle navigation"
                />
                <Text fw={700}>CSPMEXA</Text>
              </Group>
              <Group gap="xs">
                <AlertBell />
                <UserMenu />
              </Group>
            </Group>
          </AppShell.Header>
          <AppShell.Navbar p="xs">
            <NavigationLinks onNavigate={close} />
          </AppShell.Navbar>
          <AppShell.Main>
            <MfaEnrolmentBanner />
            <Suspense
              fallback={
                <Center p="xl">
                  <Loader aria-label="Loading page" />
                </Center>
              }
            >
              <Outlet />
            </Suspense>
          </AppShell.Main>
        </AppShell>
      </LiveAlertsProvider>
    </ToastProvider>
  );
}
