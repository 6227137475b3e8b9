import { Button, Group, NativeSelect, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { actionChoices, type AuditFilterParams } from './auditFilters';

interface AuditFiltersBarProps {
  params: AuditFilterParams;
  actors: ReadonlyArray<{ id: string; email: string }>;
  /** Every action name the trail records; null while unknown (then the action is typed). */
  actions: readonly string[] | null;
  onApply: (params: AuditFilterParams) => void;
}

/** Filters apply on "Apply" (or Enter), not per keystroke: each change is a URL entry and a query. */
export function AuditFiltersBar({ params, actors, actions, onApply }: AuditFiltersBarProps) {
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const fields = new FormData(event.currentTarget);
    const read = (key: keyof AuditFilterParams) => String(fields.get(key) ?? '').trim();
    onApply({ action: read('action'), actor: read('actor'), from: read('from'), to: read('to') });
  }

  return (
    // Keyed by the URL's filters so Back/Forward and "Clear" reset the fields to what is applied.
    <form key={JSON.stringify(params)} onSubmit={onSubmit} aria-label="Audit log filters">
      <Group align="flex-end" gap="sm">
        {actions ? (
          <NativeSelect
            label="Action"
            name="action"
            defaultValue={params.action}
            data={[{ value: '', label: 'Any action' }, ...actionChoices(actions, params.action)]}
            w={260}
          />
        ) : (
          <TextInput label="Action" name="action" defaultValue={params.action} placeholder="e.g. login.failed" w={200} />
        )}
        <NativeSelect
          label="Actor"
          name="actor"
          defaultValue={params.actor}
          data={[{ value: '', label: 'Anyone' }, ...actors.map((actor) => ({ value: actor.id, label: actor.email }))]}
          w={220}
        />
        <TextInput label="From" name="from" type="date" defaultValue={params.from} />
        <TextInput label="To" name="to" type="date" defaultValue={params.to} />
        <Button type="submit">Apply</Button>
        <Button variant="subtle" onClick={() => onApply({ action: '', actor: '', from: '', to: '' })}>
          Clear
        </Button>
      </Group>
    </form>
  );
}
