import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Menu, Text } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { MFA_SETTINGS_PATH } from '../../auth/paths';
import { useSession } from '../../auth/SessionContext';
import { SignOutDocument, ViewerDocument } from './me';

/** The signed-in user's menu: who they are, their role, their MFA settings, and sign out. */
export function UserMenu() {
  const session = useSession();
  const navigate = useNavigate();
  const { data } = useQuery(ViewerDocument);
  const [signOut, { loading }] = useMutation(SignOutDocument);
  const viewer = data?.me;

  async function onSignOut() {
    const refreshToken = session.tokens.getRefreshToken();
    // Revoke server-side first; if that fails the tab still forgets everything (the token then simply expires).
    if (refreshToken) await signOut({ variables: { refreshToken } }).catch(() => undefined);
    await session.forget();
    await navigate('/login', { replace: true });
  }

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="subtle" aria-label={viewer ? `Account menu for ${viewer.email}` : 'Account menu'}>
          {viewer?.email ?? 'Account'}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {viewer && (
          <Menu.Label>
            <Text size="sm">{viewer.email}</Text>
            <Text size="xs" c="dimmed">
              Role: {viewer.role}
            </Text>
          </Menu.Label>
        )}
        <Menu.Item component={Link} to={MFA_SETTINGS_PATH}>
          MFA settings
        </Menu.Item>
        <Menu.Item onClick={() => void onSignOut()} disabled={loading}>
          Sign out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
