import { useMutation } from '@apollo/client/react';
import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import { ConfirmedActionButton } from '../admin/ConfirmedActionButton';
import { DeleteAwsAccountDocument } from './accounts';
import { EditAccountDialog, type EditableAccount } from './EditAccountDialog';
import { DiscoverMembersDialog } from './organizations/DiscoverMembersDialog';
import { ReplaceSnapshotButton } from './snapshots/SnapshotAccountButtons';
import { ScheduleDialog } from './ScheduleDialog';

/**
 * The admin's per-account actions: schedule scans, edit, discover the organization's member accounts (accounts
 * reached through AWS) or replace the snapshot (SNAPSHOT accounts but the demo), delete (after confirmation).
 */
export function AccountActions({ account }: { account: EditableAccount & { scanSchedule?: string | null; demo?: boolean } }) {
  const [dialog, setDialog] = useState<'schedule' | 'edit' | 'members' | null>(null);
  const [deleteAccount] = useMutation(DeleteAwsAccountDocument, { refetchQueries: ['Accounts', 'Overview'] });
  const close = () => setDialog(null);

  return (
    <Group gap={4}>
      <Button size="xs" variant="subtle" onClick={() => setDialog('schedule')} aria-label={`Schedule scans of ${account.name}`}>
        Schedule
      </Button>
      <Button size="xs" variant="subtle" onClick={() => setDialog('edit')} aria-label={`Edit ${account.name}`}>
        Edit
      </Button>
      {account.authMethod === 'SNAPSHOT' && !account.demo && <ReplaceSnapshotButton account={account} />}
      {account.authMethod !== 'SNAPSHOT' && (
        <Button size="xs" variant="subtle" onClick={() => setDialog('members')} aria-label={`Discover member accounts of ${account.name}`}>
          Discover member accounts
        </Button>
      )}
      <ConfirmedActionButton
        label="Delete"
        ariaLabel={`Delete ${account.name}`}
        title={`Delete ${account.name}?`}
        confirmLabel="Delete account"
        run={() => deleteAccount({ variables: { id: account.id } })}
        failure="Could not delete the account. Try again."
      >
        CSPMEXA stops scanning this account and deletes its scans, collected resources and findings (and mute rules that
        cover only this account). The AWS account itself and the role in it are not touched.
      </ConfirmedActionButton>
      {dialog === 'schedule' && <ScheduleDialog opened account={account} onClose={close} />}
      {dialog === 'edit' && <EditAccountDialog opened account={account} onClose={close} />}
      {dialog === 'members' && <DiscoverMembersDialog account={account} onClose={close} />}
    </Group>
  );
}
