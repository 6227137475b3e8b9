import { describe, expect, it } from 'vitest';
import { isScanFinished, isScanSettled, scanStatusColor } from './scanStatus';

describe('scan status', () => {
  it('is running while queued or running without a finish time', () => {
    expect(isScanFinished({ status: 'QUEUED' })).toBe(false);
    expect(isScanFinished({ status: 'RUNNING', finishedAt: null })).toBe(false);
    expect(isScanFinished({ status: 'RUNNING', finishedAt: '2026-01-01T00:00:00Z' })).toBe(true);
    expect(isScanFinished({ status: 'COMPLETED' })).toBe(true);
  });

  it('settles only once findings are evaluated, except for a failed or cancelled scan', () => {
    expect(isScanSettled({ status: 'COMPLETED', evaluation: null })).toBe(false);
    expect(isScanSettled({ status: 'PARTIAL', evaluation: { opened: 3 } })).toBe(true);
    expect(isScanSettled({ status: 'FAILED', evaluation: null })).toBe(true);
    expect(isScanSettled({ status: 'CANCELLED', evaluation: null })).toBe(true);
  });

  it('shows an unknown status in a neutral colour', () => {
    expect(scanStatusColor('FAILED')).toBe('red');
    expect(scanStatusColor('SOMETHING_NEW')).toBe('gray');
  });
});
