import { useMutation } from '@apollo/client/react';
import { Button, Stack, Text } from '@mantine/core';
import { useCallback, useState } from 'react';
import { userMessage } from '../../apollo/userMessage';
import { StartScanDocument } from './accounts';
import { ScanProgress } from './ScanProgress';

/** Starts a scan of one account and follows it until it settles. */
export function ScanNowButton({ accountId, accountName, onSettled }: {
  accountId: string;
  accountName: string;
  onSettled: () => void;
}) {
  const [startScan, { loading }] = useMutation(StartScanDocument);
  const [scanId, setScanId] = useState<string | null>(null);
  const [settled, setSettled] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const handleSettled = useCallback(() => {
    setSettled(true);
    onSettled();
  }, [onSettled]);

  async function onStart() {
    setProblem(null);
    setSettled(false);
    try {
      const { data } = await startScan({ variables: { accountId } });
      if (data) setScanId(data.startScan.id);
    } catch (error) {
      setProblem(userMessage(error, 'Could not start the scan. Try again.'));
    }
  }

  const running = scanId !== null && !settled;
  return (
    <Stack gap={4}>
      <Button size="xs" onClick={() => void onStart()} loading={loading} disabled={running}
        aria-label={`Scan ${accountName} now`}>
        Scan now
      </Button>
      {scanId && <ScanProgress key={scanId} scanId={scanId} onSettled={handleSettled} />}
      {problem && <Text size="sm" c="red" role="alert">{problem}</Text>}
    </Stack>
  );
}
