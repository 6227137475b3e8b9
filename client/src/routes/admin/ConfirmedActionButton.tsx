import { Button, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { userMessage } from '../../apollo/userMessage';
import { ConfirmDialog } from '../../components/ConfirmDialog';

interface ConfirmedActionButtonProps {
  /** Visible button text, e.g. "Disable". */
  label: string;
  /** Accessible name naming the target, e.g. "Disable ana@example.com". */
  ariaLabel: string;
  title: string;
  confirmLabel: string;
  children: ReactNode;
  /** The mutation; its rejection is shown under the button. */
  run: () => Promise<unknown>;
  failure: string;
  color?: string;
}

/** An admin action that asks first and then says clearly why the server refused it (e.g. MFA not set up). */
export function ConfirmedActionButton(props: ConfirmedActionButtonProps) {
  const [confirming, setConfirming] = useState(false);
  const [running, setRunning] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function onConfirm() {
    setProblem(null);
    setRunning(true);
    try {
      await props.run();
    } catch (error) {
      setProblem(userMessage(error, props.failure));
    } finally {
      setRunning(false);
      setConfirming(false);
    }
  }

  return (
    <>
      <Button size="xs" variant="subtle" color={props.color ?? 'red'} onClick={() => setConfirming(true)} aria-label={props.ariaLabel}>
        {props.label}
      </Button>
      {problem && (
        <Text size="sm" c="red" role="alert">
          {problem}
        </Text>
      )}
      <ConfirmDialog
        opened={confirming}
        title={props.title}
        confirmLabel={props.confirmLabel}
        loading={running}
        onConfirm={() => void onConfirm()}
        onCancel={() => setConfirming(false)}
      >
        {props.children}
      </ConfirmDialog>
    </>
  );
}
