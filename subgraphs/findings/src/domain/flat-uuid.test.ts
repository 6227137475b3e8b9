import { describe, expect, it } from 'vitest';
import { flatRandomUuid } from './flat-uuid';

describe('flatRandomUuid', () => {
  it('gives RFC 4122 version 4 UUIDs in canonical lower-case form', () => {
    for (let i = 0; i < 1000; i++) expect(flatRandomUuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('never repeats across many refills of its random pool', () => {
    const ids = new Set(Array.from({ length: 20_000 }, () => flatRandomUuid()));
    expect(ids.size).toBe(20_000);
  });
});
