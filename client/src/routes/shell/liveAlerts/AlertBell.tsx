import { ActionIcon, Anchor, Indicator, Popover, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { SeverityBadge } from '../../../components/SeverityBadge';
import { useAlertFeed } from './LiveAlerts';

/** The bell: unread live alerts since sign-in; opening it marks them read. */
export function AlertBell() {
  const feed = useAlertFeed();
  const { alerts, unread } = feed.state;
  const label = unread > 0 ? `Live alerts, ${unread} unread` : 'Live alerts';

  return (
    <Popover position="bottom-end" width={360} withinPortal onOpen={feed.markAllRead}>
      {/* The popover's aria-expanded/aria-haspopup belong on the button, not on the indicator's div around it. */}
      <Indicator label={unread} size={18} disabled={unread === 0} color="red">
        <Popover.Target>
          <ActionIcon variant="subtle" size="lg" aria-label={label}>
            <BellIcon />
          </ActionIcon>
        </Popover.Target>
      </Indicator>
      <Popover.Dropdown>
        {alerts.length === 0 ? (
          <Text size="sm" c="dimmed">
            No live alerts yet. New findings of medium severity and above appear here while you are signed in.
          </Text>
        ) : (
          <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {alerts.map((alert) => (
              <li key={alert.id}>
                <SeverityBadge severity={alert.severity} />{' '}
                {alert.finding ? (
                  <Anchor component={Link} to={`/findings/${encodeURIComponent(alert.finding.id)}`} size="sm">
                    {alert.finding.title}
                  </Anchor>
                ) : (
                  <Text span size="sm">
                    Finding {alert.kind.toLowerCase()}
                  </Text>
                )}
              </li>
            ))}
          </Stack>
        )}
      </Popover.Dropdown>
    </Popover>
  );
}

function BellIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden>
      <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
      <path d="M13.73 21a2 2 0 0 1-3.46 0" />
    </svg>
  );
}
