import { useQuery } from '@apollo/client/react';
import { Alert, Center, Loader } from '@mantine/core';
import type { ReactNode } from 'react';
import { ErrorState } from '../components/ErrorState';
import { ViewerDocument } from '../routes/shell/me';

/**
 * Shows its children to admins only. It spares analysts pages they cannot use; every admin operation is still
 * refused by the server (FORBIDDEN), and the pages say so too.
 */
export function RequireAdmin({ children }: { children: ReactNode }) {
  const { data, error, refetch } = useQuery(ViewerDocument);
  if (error && !data) return <ErrorState title="Could not check your role" error={error} onRetry={() => void refetch()} />;
  if (!data) {
    return (
      <Center p="xl">
        <Loader aria-label="Checking your role" />
      </Center>
    );
  }
  if (data.me?.role !== 'ADMIN') {
    return (
      <Alert color="gray" title="Administrators only" role="alert">
        Users, API tokens and the audit log are managed by administrators. Ask one if you need access.
      </Alert>
    );
  }
  return <>{children}</>;
}
