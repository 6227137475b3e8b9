import { useMutation } from '@apollo/client/react';
import { Button, Stack, Text } from '@mantine/core';
import { useCallback, useState } from 'react';
import { userMessage } from '../../../apollo/userMessage';
import { useViewerRole } from '../../../auth/useViewerRole';
import { ScanProgress } from '../ScanProgress';
import { AddDemoAccountDocument } from './demoAccount';

interface AddDemoAccountButtonProps {
  /** The account exists (its scan may still run): the list can show it. */
  onAdded?: () => void;
  /** Its first scan is over and evaluated: counts and charts can be read again. */
  onSettled?: () => void;
  variant?: 'filled' | 'default';
  /** The org already has the demo account: nothing to offer, unless this button is following its first scan. */
  alreadyAdded?: boolean;
}

/**
 * "Add the demo account" (admins only): adds the fictional demo account (idempotent on the server) and follows
 * its first scan until the findings are evaluated, so a new user sees a populated product without AWS credentials.
 */
export function AddDemoAccountButton({ onAdded, onSettled, variant = 'default', alreadyAdded = false }: AddDemoAccountButtonProps) {
  const isAdmin = useViewerRole() === 'ADMIN';
  const [addDemo, { loading }] = useMutation(AddDemoAccountDocument);
  const [scanId, setScanId] = useState<string | null>(null);
  const [settled, setSettled] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const handleSettled = useCallback(() => {
    setSettled(true);
    onSettled?.();
  }, [onSettled]);

  if (!isAdmin || (alreadyAdded && scanId === null)) return null;

  async function onAdd() {
    setProblem(null);
    try {
      const { data } = await addDemo();
      const lastScan = data?.addDemoAccount.lastScan;
      onAdded?.();
      if (lastScan) setScanId(lastScan.id);
    } catch (error) {
      setProblem(userMessage(error, 'Could not add the demo account. Try again.'));
    }
  }

  return (
    <Stack gap={4} maw={420}>
      <Button variant={variant} onClick={() => void onAdd()} loading={loading} disabled={scanId !== null && !settled}>
        Add the demo account
      </Button>
      {scanId && (
        <>
          <Text size="sm">Scanning the demo account (a fictional company, no AWS access needed)…</Text>
          <ScanProgress key={scanId} scanId={scanId} onSettled={handleSettled} />
        </>
      )}
      {problem && (
        <Text size="sm" c="red" role="alert">
          {problem}
        </Text>
      )}
    </Stack>
  );
}
