import { useMutation } from '@apollo/client/react';
import { Group } from '@mantine/core';
import { ConfirmedActionButton } from '../ConfirmedActionButton';
import { DisableUserDocument, EnableUserDocument, ResetMfaDocument } from './users';

interface UserActionsProps {
  user: { id: string; email: string; disabled: boolean; mfaEnrolled: boolean };
}

/** Disable or enable a user, and remove a lost second factor; each asks first. */
export function UserActions({ user }: UserActionsProps) {
  const variables = { userId: user.id };
  const [disableUser] = useMutation(DisableUserDocument, { variables });
  const [enableUser] = useMutation(EnableUserDocument, { variables });
  const [resetMfa] = useMutation(ResetMfaDocument, { variables });

  return (
    <Group gap={4} wrap="nowrap" align="flex-start">
      {user.disabled ? (
        <ConfirmedActionButton
          label="Enable"
          ariaLabel={`Enable ${user.email}`}
          title="Enable user?"
          confirmLabel="Enable user"
          color="blue"
          run={() => enableUser()}
          failure="Could not enable the user. Try again."
        >
          {user.email} can sign in again.
        </ConfirmedActionButton>
      ) : (
        <ConfirmedActionButton
          label="Disable"
          ariaLabel={`Disable ${user.email}`}
          title="Disable user?"
          confirmLabel="Disable user"
          run={() => disableUser()}
          failure="Could not disable the user. Try again."
        >
          {user.email} is signed out on their next request and cannot sign in until enabled again.
        </ConfirmedActionButton>
      )}
      {user.mfaEnrolled && (
        <ConfirmedActionButton
          label="Reset MFA"
          ariaLabel={`Reset MFA of ${user.email}`}
          title="Reset MFA?"
          confirmLabel="Reset MFA"
          run={() => resetMfa()}
          failure="Could not reset MFA. Try again."
        >
          Removes the second factor of {user.email} (for a lost device) and ends their sessions. They can set up a new
          factor after signing in.
        </ConfirmedActionButton>
      )}
    </Group>
  );
}
