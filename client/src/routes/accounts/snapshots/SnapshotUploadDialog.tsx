import { Alert, Button, Group, Input, Modal, Progress, Stack, Text, TextInput } from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import { ScanProgress } from '../ScanProgress';
import { useSnapshotUpload, type SnapshotUploadState } from './useSnapshotUpload';

interface SnapshotUploadDialogProps {
  title: string;
  submitLabel: string;
  /** Ask for the new account's name (adding); replacing keeps the account's. */
  askName: boolean;
  /** Uses the completed upload; returns the scan it started, followed here until its findings are in. */
  finish: (uploadId: string, name: string) => Promise<string | null>;
  /** The scan started by `finish` is over: lists can be read again. */
  onSettled?: () => void;
  onClose: () => void;
}

/** Pick a `.json.gz` snapshot (as "Export snapshot" writes it), upload it in chunks with progress, then use it. */
export function SnapshotUploadDialog({ title, submitLabel, askName, finish, onSettled, onClose }: SnapshotUploadDialogProps) {
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [name, setName] = useState('');
  const [missing, setMissing] = useState<string | null>(null);
  const { state, run } = useSnapshotUpload((uploadId) => finish(uploadId, name.trim()));
  const busy = state.phase === 'uploading' || state.phase === 'finishing';
  const used = state.phase === 'scanning' || state.phase === 'done';

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMissing(!file ? 'Choose a snapshot file.' : askName && !name.trim() ? 'Give the account a name.' : null);
    if (file && (!askName || name.trim())) void run(file);
  }

  return (
    <Modal opened onClose={onClose} title={title} centered>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <Input.Wrapper label="Snapshot file" description="A .json.gz file written by “Export snapshot” (CSPMEXA scan snapshot, version 1)." id={fileId}>
            <input
              id={fileId}
              type="file"
              accept=".gz,.json.gz,application/gzip"
              disabled={busy || used}
              onChange={(event) => setFile(event.currentTarget.files?.[0] ?? null)}
            />
          </Input.Wrapper>
          {askName && <TextInput label="Account name" value={name} maxLength={100} disabled={busy || used} onChange={(event) => setName(event.currentTarget.value)} />}
          <div aria-live="polite">
            <UploadProgress state={state} onSettled={onSettled} />
          </div>
          {(missing || state.phase === 'failed') && (
            <Alert color="red" role="alert">
              {missing ?? (state.phase === 'failed' ? state.message : null)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {used ? 'Close' : 'Cancel'}
            </Button>
            {!used && (
              <Button type="submit" loading={busy}>
                {submitLabel}
              </Button>
            )}
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function UploadProgress({ state, onSettled }: { state: SnapshotUploadState; onSettled?: () => void }) {
  switch (state.phase) {
    case 'uploading': {
      const percent = state.totalBytes === 0 ? 100 : Math.round((state.sentBytes / state.totalBytes) * 100);
      return (
        <Stack gap={4}>
          <Text size="sm">
            Uploading: {formatKiB(state.sentBytes)} of {formatKiB(state.totalBytes)}
          </Text>
          <Progress value={percent} aria-label={`Upload ${percent}% done`} />
        </Stack>
      );
    }
    case 'finishing':
      return <Text size="sm">Checking the snapshot…</Text>;
    case 'scanning':
      return (
        <Stack gap={4}>
          <Text size="sm">Snapshot accepted. Scanning it:</Text>
          <ScanProgress key={state.scanId} scanId={state.scanId} onSettled={onSettled ?? noop} />
        </Stack>
      );
    case 'done':
      return <Text size="sm">Snapshot accepted.</Text>;
    default:
      return null;
  }
}

const noop = () => {};
const formatKiB = (bytes: number) => `${Math.ceil(bytes / 1024).toLocaleString('en')} KiB`;
