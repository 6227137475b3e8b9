import { Text, Timeline } from '@mantine/core';
import { FINDING_STATUS_LABEL } from '../../components/findingStatus';
import { formatDateTime } from '../../components/formatDateTime';
import type { FindingDetailQuery } from '../../gql/graphql';

type FindingEvent = NonNullable<FindingDetailQuery['finding']>['history'][number];

function describeEvent(event: FindingEvent): string {
  const to = FINDING_STATUS_LABEL[event.toStatus];
  return event.fromStatus ? `${FINDING_STATUS_LABEL[event.fromStatus]} → ${to}` : `Found (${to})`;
}

function who(event: FindingEvent): string {
  if (event.actorEmail) return `by ${event.actorEmail}`;
  return event.scanId ? 'by a scan' : 'automatically';
}

/** Every status change of the finding, oldest first: who or what changed it, and why. */
export function FindingHistory({ history }: { history: readonly FindingEvent[] }) {
  if (history.length === 0) return <Text c="dimmed">No status changes recorded.</Text>;
  return (
    <Timeline active={history.length - 1} bulletSize={14} lineWidth={2} aria-label="Status history">
      {history.map((event, index) => (
        <Timeline.Item key={`${event.at}-${index}`} title={describeEvent(event)}>
          <Text size="xs" c="dimmed">
            {formatDateTime(event.at)} · {who(event)}
          </Text>
          {event.note && <Text size="sm">{event.note}</Text>}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
