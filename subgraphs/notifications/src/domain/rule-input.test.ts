import { AppError } from '@cspmexa/server-kit';
import { describe, expect, it } from 'vitest';
import { validateRuleInput, type CreateRuleInput } from './rule-input';

const input = (overrides: Partial<CreateRuleInput> = {}): CreateRuleInput => ({
  name: 'Critical to SecOps',
  minSeverity: 'CRITICAL',
  recipients: ['secops@example.com'],
  ...overrides,
});

function rejection(overrides: Partial<CreateRuleInput>): { code: string; field: unknown } {
  try {
    validateRuleInput(input(overrides));
  } catch (err) {
    if (err instanceof AppError) return { code: err.code, field: err.extensions.field };
    throw err;
  }
  throw new Error('expected a rejection');
}

describe('validateRuleInput', () => {
  it('normalizes a valid rule: trimmed name, lower-cased distinct recipients, enabled by default', () => {
    expect(validateRuleInput(input({ name: '  SecOps ', recipients: ['A@Example.com', 'a@example.com ', 'b@example.com'] }))).toEqual({
      name: 'SecOps',
      minSeverity: 'CRITICAL',
      recipients: ['a@example.com', 'b@example.com'],
      enabled: true,
    });
  });

  it('keeps enabled: false', () => {
    expect(validateRuleInput(input({ enabled: false })).enabled).toBe(false);
  });

  it.each([
    ['an empty name', { name: '   ' }, 'name'],
    ['a name over 100 characters', { name: 'x'.repeat(101) }, 'name'],
    ['no recipients', { recipients: [] }, 'recipients'],
    ['21 recipients', { recipients: Array.from({ length: 21 }, (_, i) => `u${i}@example.com`) }, 'recipients'],
    ['a malformed address', { recipients: ['ok@example.com', 'not-an-email'] }, 'recipients'],
    ['an address with a header injection', { recipients: ['a@example.com\nBcc: x@evil.test'] }, 'recipients'],
    ['an unknown severity', { minSeverity: 'URGENT' as never }, 'minSeverity'],
  ])('refuses %s with BAD_USER_INPUT naming the field', (_label, overrides, field) => {
    expect(rejection(overrides)).toEqual({ code: 'BAD_USER_INPUT', field });
  });

  it('accepts exactly 100 characters and 20 recipients', () => {
    const rule = validateRuleInput(input({ name: 'x'.repeat(100), recipients: Array.from({ length: 20 }, (_, i) => `u${i}@example.com`) }));
    expect(rule.recipients).toHaveLength(20);
  });
});
