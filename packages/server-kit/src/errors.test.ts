import { describe, expect, it } from 'vitest';
import { maskError } from './errors';

describe('maskError', () => {
  it('keeps the code and message of client errors, without a stack trace', () => {
    const out = maskError({ message: 'No such account.', extensions: { code: 'NOT_FOUND', stacktrace: ['at x'] } });
    expect(out).toEqual({ message: 'No such account.', extensions: { code: 'NOT_FOUND' } });
  });

  it('masks anything else as INTERNAL, hiding the text (no SQL, no library message)', () => {
    const out = maskError({ message: 'relation "users" does not exist', extensions: { code: 'INTERNAL_SERVER_ERROR' }, path: ['me'] });
    expect(out).toEqual({ message: 'Internal server error', path: ['me'], extensions: { code: 'INTERNAL' } });
  });
});
