import { useQuery } from '@apollo/client/react';
import { Anchor, Group, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorState } from '../../components/ErrorState';
import { Fact } from '../../components/Fact';
import { FINDING_STATUS_LABEL } from '../../components/findingStatus';
import { formatDateTime } from '../../components/formatDateTime';
import { SeverityBadge } from '../../components/SeverityBadge';
import { FindingDetailDocument } from './finding';
import { FindingHistory } from './FindingHistory';
import { ComplianceControls, FindingReferences } from './FindingReferences';
import { MuteControls } from './MuteControls';
import { RemediationPanel } from './RemediationPanel';

export function FindingDetailPage() {
  const { findingId = '' } = useParams();
  const { data, error, refetch } = useQuery(FindingDetailDocument, { variables: { id: findingId } });
  const finding = data?.finding;

  return (
    <Stack>
      <Anchor component={Link} to="/findings" size="sm">
        ← All findings
      </Anchor>
      {error && !data ? (
        <ErrorState title="Could not load the finding" error={error} onRetry={() => void refetch()} />
      ) : !data ? (
        <Skeleton h={240} aria-label="Loading finding" />
      ) : !finding ? (
        <Text>This finding does not exist, or it is not in your organisation.</Text>
      ) : (
        <>
          <Group gap="sm">
            <SeverityBadge severity={finding.severity} />
            <Title order={1} size="h2">
              {finding.title}
            </Title>
          </Group>
          <Text>{finding.message}</Text>
          <MuteControls finding={finding} />
          <Paper withBorder p="md">
            <SimpleGrid cols={{ base: 1, sm: 2 }} component="dl" spacing="xs">
              <Fact term="Status">{FINDING_STATUS_LABEL[finding.status]}</Fact>
              <Fact term="Reference">{finding.shortId}</Fact>
              <Fact term="Check">{finding.checkId}</Fact>
              <Fact term="Resource">{finding.resourceArn}</Fact>
              <Fact term="Account">{finding.accountId}</Fact>
              <Fact term="Region">{finding.region}</Fact>
              <Fact term="First seen">{formatDateTime(finding.firstSeenAt)}</Fact>
              <Fact term="Last seen">{formatDateTime(finding.lastSeenAt)}</Fact>
            </SimpleGrid>
          </Paper>
          {finding.risk && (
            <Section title="Why it matters">
              <Text>{finding.risk}</Text>
            </Section>
          )}
          <Section title="Remediation">
            <RemediationPanel remediation={finding.remediation} />
          </Section>
          <Section title="Compliance">
            <ComplianceControls controls={finding.compliance} />
          </Section>
          <Section title="References">
            <FindingReferences references={finding.references} />
          </Section>
          <Section title="History">
            <FindingHistory history={finding.history} />
          </Section>
        </>
      )}
    </Stack>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap="xs" component="section" aria-label={title}>
      <Title order={2} size="h3">
        {title}
      </Title>
      {children}
    </Stack>
  );
}
