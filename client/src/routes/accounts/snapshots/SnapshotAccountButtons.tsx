import { useMutation } from '@apollo/client/react';
import { Button } from '@mantine/core';
import { useState } from 'react';
import { useViewerRole } from '../../../auth/useViewerRole';
import { AddSnapshotAccountDocument, ReplaceAccountSnapshotDocument } from './snapshotUpload';
import { SnapshotUploadDialog } from './SnapshotUploadDialog';

/** "Add account from snapshot file" (admins): a SNAPSHOT account scanned from an uploaded file instead of AWS. */
export function AddSnapshotAccountButton({ onSettled }: { onSettled?: () => void }) {
  const isAdmin = useViewerRole() === 'ADMIN';
  const [open, setOpen] = useState(false);
  const [addAccount] = useMutation(AddSnapshotAccountDocument, { refetchQueries: ['Accounts'] });
  if (!isAdmin) return null;

  return (
    <>
      <Button variant="default" onClick={() => setOpen(true)}>
        Add account from snapshot file
      </Button>
      {open && (
        <SnapshotUploadDialog
          title="Add an account from a snapshot file"
          submitLabel="Upload and add"
          askName
          finish={async (uploadId, name) => (await addAccount({ variables: { input: { name, uploadId } } })).data?.addSnapshotAccount.lastScan?.id ?? null}
          onSettled={onSettled}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}

/** "Replace snapshot" of a SNAPSHOT account (not the demo): its next scans read the new file; a scan starts at once. */
export function ReplaceSnapshotButton({ account }: { account: { id: string; name: string } }) {
  const [open, setOpen] = useState(false);
  const [replace] = useMutation(ReplaceAccountSnapshotDocument, { refetchQueries: ['Accounts'] });

  return (
    <>
      <Button size="xs" variant="subtle" onClick={() => setOpen(true)} aria-label={`Replace the snapshot of ${account.name}`}>
        Replace snapshot
      </Button>
      {open && (
        <SnapshotUploadDialog
          title={`Replace the snapshot of ${account.name}`}
          submitLabel="Upload and replace"
          askName={false}
          finish={async (uploadId) => (await replace({ variables: { accountId: account.id, uploadId } })).data?.replaceAccountSnapshot.lastScan?.id ?? null}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
