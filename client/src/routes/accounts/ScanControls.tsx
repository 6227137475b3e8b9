import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { useCallback, useState } from 'react';
import { userMessage } from '../../apollo/userMessage';
import { StartScanDocument } from './accounts';
import { CancelScanDocument } from './scanControl';
import { ScanProgress } from './ScanProgress';
import { isScanActive } from './scanStatus';

interface ScanControlsProps {
  accountId: string;
  accountName: string;
  /** The account's latest scan: one still queued or running is followed (and can be cancelled) at once. */
  lastScan?: { id: string; status: string } | null;
  /** A scan was queued (e.g. to refresh the accounts list's "last scan"). */
  onStarted?: () => void;
  onSettled: () => void;
}

/** Scan now, then the live progress bar and Cancel while the scan runs. */
export function ScanControls({ accountId, accountName, lastScan, onStarted, onSettled }: ScanControlsProps) {
  const [startScan, { loading: starting }] = useMutation(StartScanDocument);
  const [cancelScan, { loading: cancelling }] = useMutation(CancelScanDocument);
  const [scanId, setScanId] = useState<string | null>(lastScan && isScanActive(lastScan.status) ? lastScan.id : null);
  const [settled, setSettled] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const handleSettled = useCallback(() => {
    setSettled(true);
    onSettled();
  }, [onSettled]);

  async function onStart() {
    setProblem(null);
    try {
      const { data } = await startScan({ variables: { accountId } });
      if (data) {
        setSettled(false);
        setScanId(data.startScan.id);
        onStarted?.();
      }
    } catch (error) {
      setProblem(userMessage(error, 'Could not start the scan. Try again.'));
    }
  }

  async function onCancel(id: string) {
    setProblem(null);
    try {
      await cancelScan({ variables: { scanId: id } });
    } catch (error) {
      setProblem(userMessage(error, 'Could not cancel the scan. Try again.'));
    }
  }

  const running = scanId !== null && !settled;
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <Button size="xs" onClick={() => void onStart()} loading={starting} disabled={running} aria-label={`Scan ${accountName} now`}>
          Scan now
        </Button>
        {running && (
          <Button size="xs" variant="default" onClick={() => void onCancel(scanId)} loading={cancelling} aria-label={`Cancel the scan of ${accountName}`}>
            Cancel
          </Button>
        )}
      </Group>
      {scanId && <ScanProgress key={scanId} scanId={scanId} onSettled={handleSettled} />}
      {problem && (
        <Text size="sm" c="red" role="alert">
          {problem}
        </Text>
      )}
    </Stack>
  );
}
