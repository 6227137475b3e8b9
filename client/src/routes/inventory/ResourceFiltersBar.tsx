import { Button, Group, NativeSelect, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { KNOWN_RESOURCE_KINDS, resourceKindLabel } from './resourceKinds';
import { hasResourceFilters, NO_RESOURCE_FILTERS, type ResourceFilters } from './resourceFilters';

export interface AccountOption {
  id: string;
  name: string;
  awsAccountId: string | null;
}

interface ResourceFiltersBarProps {
  filters: ResourceFilters;
  accounts: readonly AccountOption[];
  onChange: (filters: ResourceFilters) => void;
}

/**
 * Kind and account apply as soon as they are picked; the two text fields apply on Enter or "Apply", so the URL
 * (and the server) are not hit on every keystroke. The text fields are keyed on their URL value so "Clear
 * filters" or the browser's back button reset them.
 */
export function ResourceFiltersBar({ filters, accounts, onChange }: ResourceFiltersBarProps) {
  const kinds = KNOWN_RESOURCE_KINDS.includes(filters.kind) || !filters.kind
    ? KNOWN_RESOURCE_KINDS
    : [filters.kind, ...KNOWN_RESOURCE_KINDS];
  const accountKnown = !filters.account || accounts.some((account) => account.id === filters.account);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    onChange({ ...filters, region: String(form.get('region') ?? ''), text: String(form.get('text') ?? '') });
  }

  return (
    <form role="search" aria-label="Filter resources" onSubmit={onSubmit}>
      <Group align="flex-end" gap="sm">
        <NativeSelect
          label="Kind"
          value={filters.kind}
          onChange={(event) => onChange({ ...filters, kind: event.currentTarget.value })}
          data={[{ value: '', label: 'All kinds' }, ...kinds.map((kind) => ({ value: kind, label: resourceKindLabel(kind) }))]}
        />
        <NativeSelect
          label="Account"
          value={filters.account}
          onChange={(event) => onChange({ ...filters, account: event.currentTarget.value })}
          data={[
            { value: '', label: 'All accounts' },
            ...(accountKnown ? [] : [{ value: filters.account, label: filters.account }]),
            ...accounts.map((account) => ({
              value: account.id,
              label: account.awsAccountId ? `${account.name} (${account.awsAccountId})` : account.name,
            })),
          ]}
        />
        <TextInput key={`region:${filters.region}`} label="Region" name="region" defaultValue={filters.region}
          placeholder="eu-west-1" w={140} />
        <TextInput key={`text:${filters.text}`} label="Name or ARN contains" name="text" defaultValue={filters.text}
          placeholder="logs" />
        <Button type="submit" variant="default">
          Apply
        </Button>
        {hasResourceFilters(filters) && (
          <Button variant="subtle" onClick={() => onChange(NO_RESOURCE_FILTERS)}>
            Clear filters
          </Button>
        )}
      </Group>
    </form>
  );
}
