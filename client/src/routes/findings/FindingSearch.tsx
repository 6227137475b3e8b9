import { CloseButton, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { MAX_SEARCH_LENGTH, normalizeSearch } from './findingFilters';

/** How long typing must pause before the URL (and so the query) changes: one request per word, not per key. */
export const SEARCH_DEBOUNCE_MS = 300;

interface FindingSearchProps {
  /** The search text in the URL. */
  value: string;
  onChange: (search: string) => void;
}

/**
 * Free-text search over the findings (title, resource ARN, check id, catalogue id), matched by the server. Typing
 * updates the URL after a pause; Enter applies at once. The field follows the URL when it changes elsewhere
 * (Clear filters, back button).
 */
export function FindingSearch({ value, onChange }: FindingSearchProps) {
  const [text, setText] = useState(value);
  const commit = useDebouncedCallback((next: string) => {
    const search = normalizeSearch(next);
    if (search !== value) onChange(search);
  }, SEARCH_DEBOUNCE_MS);

  useEffect(() => {
    setText((current) => (normalizeSearch(current) === value ? current : value));
  }, [value]);

  return (
    <TextInput
      type="search"
      label="Search"
      size="xs"
      w={{ base: '100%', sm: 320 }}
      placeholder="Title, resource ARN or check id"
      maxLength={MAX_SEARCH_LENGTH}
      value={text}
      onChange={(event) => {
        setText(event.currentTarget.value);
        commit(event.currentTarget.value);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit.flush();
      }}
      rightSection={
        text ? (
          <CloseButton
            size="sm"
            aria-label="Clear the search"
            onClick={() => {
              commit.cancel();
              setText('');
              if (value) onChange('');
            }}
          />
        ) : null
      }
    />
  );
}
