import { useLazyQuery } from '@apollo/client/react';
import { Alert, Button, Group, Stack } from '@mantine/core';
import { userMessage } from '../../../apollo/userMessage';
import { VerifyAuditChainDocument } from './audit';

/** Re-walks the hash chain on demand (never from the cache): an edit to any row shows as the first broken link. */
export function VerifyChainButton() {
  const [verify, { data, error, loading }] = useLazyQuery(VerifyAuditChainDocument, { fetchPolicy: 'network-only' });
  const result = data?.verifyAuditChain;

  return (
    <Stack gap="xs">
      <Group>
        <Button variant="default" loading={loading} onClick={() => void verify().catch(() => undefined)}>
          Verify chain
        </Button>
      </Group>
      {error && !loading && (
        <Alert color="red" role="alert" title="Could not verify the chain">
          {userMessage(error, 'The check failed. Try again.')}
        </Alert>
      )}
      {result && !error && !loading && (
        <Alert color={result.ok ? 'green' : 'red'} role="status" title={result.ok ? 'Audit chain intact' : 'Audit chain broken'}>
          {result.ok
            ? `All ${result.checkedCount} entries link to their predecessor and match their hashes.`
            : `Entry ${result.firstBrokenId ?? 'unknown'} does not verify (${result.checkedCount} entries checked before it). The log may have been altered.`}
        </Alert>
      )}
    </Stack>
  );
}
