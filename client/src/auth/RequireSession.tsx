import { Center, Loader } from '@mantine/core';
import { useEffect, useState } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { signInPath } from './returnTo';
import { useHasAccessToken, useSession } from './SessionContext';

type Restore = 'idle' | 'restoring' | 'failed';

/**
 * Gate of every signed-in route. After a reload only the refresh token survives (the access token was in
 * memory), so the session is restored with one refresh before the pages query anything.
 */
export function RequireSession() {
  const { tokens, refresher } = useSession();
  const hasAccessToken = useHasAccessToken();
  const location = useLocation();
  const [restore, setRestore] = useState<Restore>(() =>
    !hasAccessToken && tokens.getRefreshToken() ? 'restoring' : 'idle',
  );

  useEffect(() => {
    if (restore !== 'restoring') return;
    let active = true;
    void refresher.refresh().then((outcome) => {
      if (active) setRestore(outcome === 'refreshed' ? 'idle' : 'failed');
    });
    return () => {
      active = false;
    };
  }, [restore, refresher]);

  if (hasAccessToken) return <Outlet />;
  if (restore === 'restoring') {
    return (
      <Center h="100vh">
        <Loader aria-label="Restoring your session" />
      </Center>
    );
  }
  return <Navigate to={signInPath(location.pathname + location.search)} replace />;
}
