import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { check } from './check';
import { fixtures } from './fixtures/cases';

// The shared password-policy behaviour (no policy, unreadable policy, thresholds) is tested in lib/password-policy.test.ts.
describe('iam_password_policy_minimum_length_14', () => {
  it.each(['pass', 'fail', 'unknown'] as const)('judges its %s fixtures as such', (kind) => {
    for (const fixture of fixtures[kind]) expect(evaluateCheck(check, fixture.resource)[0]?.status, fixture.name).toBe(kind.toUpperCase());
  });
});
