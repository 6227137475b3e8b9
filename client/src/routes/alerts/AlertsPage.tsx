import { Stack, Text, Title } from '@mantine/core';
import { EmailDeliveries } from './EmailDeliveries';
import { NotificationRules } from './NotificationRules';

/** Alerts: who is emailed about new findings (rules), and what happened to each email (delivery log). */
export function AlertsPage() {
  return (
    <Stack gap="xl">
      <Stack gap={4}>
        <Title order={1}>Alerts</Title>
        <Text c="dimmed">Live alerts appear under the bell; rules below also send them by email.</Text>
      </Stack>
      <NotificationRules />
      <EmailDeliveries />
    </Stack>
  );
}
