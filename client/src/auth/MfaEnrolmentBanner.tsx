import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Text } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import { MFA_SETTINGS_PATH } from './paths';
import { MfaStatusDocument } from './mfaStatus';

/**
 * Admins must have MFA, but the bootstrap admin may use the product before enrolling; until then every admin-only
 * action is refused (FORBIDDEN, MFA_REQUIRED) in every area. So: a banner on every page rather than a forced
 * redirect, and enrolling hands out a session that passes at once (no second sign-in).
 */
export function MfaEnrolmentBanner() {
  const { data } = useQuery(MfaStatusDocument);
  const { pathname } = useLocation();
  if (!data?.me?.mfaRequiredToEnrol || pathname === MFA_SETTINGS_PATH) return null;

  return (
    <Alert color="yellow" title="Set up multi-factor authentication" mb="md" role="status">
      <Text size="sm">
        Administrators must protect their account with a second factor. Until you enrol, administrator actions
        (users and roles, cloud accounts, notification rules, the audit log) stay locked; you can still browse and
        triage findings.{' '}
        <Anchor component={Link} to={MFA_SETTINGS_PATH} size="sm" fw={600}>
          Set up MFA now
        </Anchor>
      </Text>
    </Alert>
  );
}
