import { Button, Checkbox, Stack, Text } from '@mantine/core';
import { useId, useState } from 'react';

export interface FacetOption {
  value: string;
  label: string;
  count: number;
  /** Mantine colour of the checkbox (severity); the label carries the meaning in text. */
  color?: string;
}

interface FacetGroupProps {
  title: string;
  options: readonly FacetOption[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  /** Long facets (checks) show this many options until expanded. */
  collapsedCount?: number;
}

/**
 * One filter dimension as a labelled group of checkboxes with the server's count next to each value, the way
 * Security Hub and Prowler present facets. Values keep the order given (enum order or most frequent first).
 */
export function FacetGroup({ title, options, selected, onChange, collapsedCount = 8 }: FacetGroupProps) {
  const titleId = useId();
  const [expanded, setExpanded] = useState(false);
  const visible = expanded ? options : options.slice(0, collapsedCount);
  const toggle = (value: string, checked: boolean) =>
    onChange(checked ? [...selected, value] : selected.filter((item) => item !== value));

  return (
    <Stack gap={6} role="group" aria-labelledby={titleId}>
      <Text id={titleId} size="sm" fw={600}>
        {title}
      </Text>
      {options.length === 0 && (
        <Text size="xs" c="dimmed">
          None
        </Text>
      )}
      {visible.map((option) => (
        <Checkbox
          key={option.value}
          size="xs"
          color={option.color}
          checked={selected.includes(option.value)}
          onChange={(event) => toggle(option.value, event.currentTarget.checked)}
          label={`${option.label} (${option.count})`}
          styles={{ label: { wordBreak: 'break-all' } }}
        />
      ))}
      {options.length > collapsedCount && (
        <Button variant="subtle" size="compact-xs" onClick={() => setExpanded(!expanded)} w="fit-content">
          {expanded ? 'Show fewer' : `Show all ${options.length}`}
        </Button>
      )}
    </Stack>
  );
}
