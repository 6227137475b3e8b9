import { useQuery } from '@apollo/client/react';
import { Anchor, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { ErrorState } from '../../components/ErrorState';
import { Fact } from '../../components/Fact';
import { formatDateTime } from '../../components/formatDateTime';
import { ConfigJson } from './ConfigJson';
import { ResourceDetailDocument } from './resource';
import { ResourceFindings } from './ResourceFindings';
import { ResourceHistory } from './ResourceHistory';
import { resourceKindLabel } from './resourceKinds';
import { TagsList } from './TagsList';

export function ResourcePage() {
  const { resourceId = '' } = useParams();
  const { data, error, refetch } = useQuery(ResourceDetailDocument, { variables: { id: resourceId } });
  const resource = data?.resource;

  return (
    <Stack>
      <Anchor component={Link} to="/inventory" size="sm">
        ← All resources
      </Anchor>
      {error && !data ? (
        <ErrorState title="Could not load the resource" error={error} onRetry={() => void refetch()} />
      ) : !data ? (
        <Skeleton h={240} aria-label="Loading resource" />
      ) : !resource ? (
        <Text>This resource does not exist, or it is not in your organisation.</Text>
      ) : (
        <>
          <Title order={1} size="h2" style={{ wordBreak: 'break-all' }}>
            {resource.name}
          </Title>
          <Paper withBorder p="md">
            <SimpleGrid cols={{ base: 1, sm: 2 }} component="dl" spacing="xs">
              <Fact term="Kind">{resourceKindLabel(resource.kind)}</Fact>
              <Fact term="ARN">{resource.arn}</Fact>
              <Fact term="Account">
                {resource.account.name} ({resource.accountId})
              </Fact>
              <Fact term="Region">{resource.region}</Fact>
              <Fact term="First seen">{formatDateTime(resource.firstSeenAt)}</Fact>
              <Fact term="Last seen">{formatDateTime(resource.lastSeenAt)}</Fact>
              {resource.deletedAt && <Fact term="Deleted">{formatDateTime(resource.deletedAt)} (a scan no longer found it)</Fact>}
            </SimpleGrid>
          </Paper>
          <Title order={2} size="h3">
            Tags
          </Title>
          <TagsList tags={resource.tags} />
          <Title order={2} size="h3">
            Findings
          </Title>
          <ResourceFindings resourceId={resource.id} />
          <Title order={2} size="h3">
            History
          </Title>
          <ResourceHistory resourceId={resource.id} />
          <Title order={2} size="h3">
            Configuration
          </Title>
          <ConfigJson config={resource.config} />
        </>
      )}
    </Stack>
  );
}
