import { describe, expect, it } from 'vitest';
import { recipientsFor, rulesAdmitting, type MatchableRule } from './rule-matching';

const rule = (overrides: Partial<MatchableRule> = {}): MatchableRule => ({
  name: 'critical to secops',
  minSeverity: 'HIGH',
  recipients: ['secops@example.com'],
  enabled: true,
  ...overrides,
});

describe('rulesAdmitting', () => {
  it('admits alerts at or above the minimum severity', () => {
    const high = rule({ minSeverity: 'HIGH' });
    expect(rulesAdmitting([high], 'CRITICAL')).toEqual([high]);
    expect(rulesAdmitting([high], 'HIGH')).toEqual([high]);
    expect(rulesAdmitting([high], 'MEDIUM')).toEqual([]);
    expect(rulesAdmitting([high], 'INFO')).toEqual([]);
  });

  it('admits everything for INFO and only CRITICAL for CRITICAL', () => {
    expect(rulesAdmitting([rule({ minSeverity: 'INFO' })], 'INFO')).toHaveLength(1);
    expect(rulesAdmitting([rule({ minSeverity: 'CRITICAL' })], 'HIGH')).toHaveLength(0);
  });

  it('ignores disabled rules', () => {
    expect(rulesAdmitting([rule({ enabled: false })], 'CRITICAL')).toEqual([]);
  });
});

describe('recipientsFor', () => {
  it('gives each address one email even when several rules name it', () => {
    const first = rule({ name: 'first', recipients: ['a@example.com', 'B@example.com'] });
    const second = rule({ name: 'second', minSeverity: 'LOW', recipients: ['b@example.com ', 'c@example.com'] });
    const result = recipientsFor([first, second], 'CRITICAL');
    expect(result.map((r) => [r.recipient, r.rule.name])).toEqual([
      ['a@example.com', 'first'],
      ['b@example.com', 'first'],
      ['c@example.com', 'second'],
    ]);
  });

  it('only takes recipients of matching rules', () => {
    const critical = rule({ minSeverity: 'CRITICAL', recipients: ['ciso@example.com'] });
    const low = rule({ minSeverity: 'LOW', recipients: ['team@example.com'] });
    expect(recipientsFor([critical, low], 'MEDIUM').map((r) => r.recipient)).toEqual(['team@example.com']);
  });

  it('is empty without rules', () => {
    expect(recipientsFor([], 'CRITICAL')).toEqual([]);
  });
});
