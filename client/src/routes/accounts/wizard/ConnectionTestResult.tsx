import { Alert, Code, List, Stack, Text } from '@mantine/core';
import type { TestAwsConnectionMutation } from '../../../gql/graphql';

type ConnectionTest = TestAwsConnectionMutation['testAwsConnection'];

const TITLE: Readonly<Record<string, string>> = {
  CONNECTED: 'Connected',
  MISSING_PERMISSIONS: 'Connected, but permissions are missing',
  ROLE_NOT_ASSUMABLE: 'CSPMEXA cannot assume the role',
  INVALID_CREDENTIALS: 'The credentials were refused',
  UNREACHABLE: 'AWS could not be reached',
};

const COLOR: Readonly<Record<string, string>> = { CONNECTED: 'green', MISSING_PERMISSIONS: 'yellow' };

/** What "Test connection" found: the account reached, each missing permission by IAM action, what to fix. */
export function ConnectionTestResult({ result }: { result: ConnectionTest }) {
  return (
    <Alert color={COLOR[result.status] ?? 'red'} title={TITLE[result.status] ?? result.status} role="status">
      <Stack gap="xs">
        {result.awsAccountId && (
          <Text size="sm">
            AWS account <Code>{result.awsAccountId}</Code>
            {result.callerArn && (
              <>
                {' '}
                as <Code>{result.callerArn}</Code>
              </>
            )}
          </Text>
        )}
        {result.missingPermissions.length > 0 && (
          <>
            <Text size="sm">Missing permissions:</Text>
            <List size="sm" aria-label="Missing permissions">
              {result.missingPermissions.map((action) => (
                <List.Item key={action}>
                  <Code>{action}</Code>
                </List.Item>
              ))}
            </List>
          </>
        )}
        {result.problem && <Text size="sm">{result.problem}</Text>}
      </Stack>
    </Alert>
  );
}
