import { Button, Group } from '@mantine/core';
import { Link } from 'react-router';

const VIEWS = [
  { key: 'findings', label: 'Findings', to: '/findings' },
  { key: 'mute-rules', label: 'Mute rules', to: '/findings/mute-rules' },
] as const;

/**
 * The two views of triage, as Prowler and Security Hub place them: the findings, and the rules that mute them.
 * Links (each view has its own URL), with `aria-current` on the one shown.
 */
export function FindingsTabs({ current }: { current: (typeof VIEWS)[number]['key'] }) {
  return (
    <Group component="nav" aria-label="Findings views" gap={4}>
      {VIEWS.map((view) => (
        <Button
          key={view.key}
          component={Link}
          to={view.to}
          size="xs"
          variant={view.key === current ? 'light' : 'subtle'}
          aria-current={view.key === current ? 'page' : undefined}
        >
          {view.label}
        </Button>
      ))}
    </Group>
  );
}
