import { AppError } from '@cspmexa/server-kit';
import { describe, expect, it } from 'vitest';
import { validateSchedule } from './scan-schedule';

const code = (cron: string) => {
  try {
    validateSchedule(cron);
    return 'OK';
  } catch (err) {
    return err instanceof AppError ? err.code : 'THROWN';
  }
};

describe('validateSchedule', () => {
  it('accepts cron expressions and trims them', () => {
    expect(validateSchedule(' 0 3 * * * ')).toBe('0 3 * * *');
    expect(validateSchedule('*/15 * * * *')).toBe('*/15 * * * *');
    expect(validateSchedule('0 2 * * MON')).toBe('0 2 * * MON');
  });

  it('refuses invalid, empty, over-long and too frequent schedules with BAD_USER_INPUT', () => {
    for (const cron of ['nonsense', '99 * * * *', '', ' ', `0 ${'1,'.repeat(60)}1 * * *`, '* * * * *', '*/2 * * * *', '*/5 * * * * *']) {
      expect(code(cron), cron).toBe('BAD_USER_INPUT');
    }
  });
});
