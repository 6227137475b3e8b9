import { describe, expect, it } from 'vitest';
import type { FindingRow } from '../db/schema';
import { csvCell, csvLine, ocsfDetectionFinding } from './export-formats';

const at = new Date('2026-01-01T00:00:00.000Z');
const finding = {
  id: '0b7f3f0e-4a7e-4f5e-9a49-5d0b1f1d2c3e',
  status: 'MUTED',
  severity: 'HIGH',
  checkId: 'c',
  shortId: 'S3-01',
  title: 'T',
  service: 's3',
  accountId: '111122223333',
  region: 'us-east-1',
  resourceArn: 'arn:aws:s3:::b',
  resourceId: 'r',
  message: '=HYPERLINK("x"), "quoted"',
  firstSeenAt: at,
  lastSeenAt: at,
  statusChangedAt: at,
  resolvedAt: null,
} as unknown as FindingRow;

describe('export formats', () => {
  it('E1 CSV quotes separators and neutralizes spreadsheet formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvLine(finding)).toContain(`"'=HYPERLINK(""x""), ""quoted"""`);
    expect(csvLine(finding).endsWith('\r\n')).toBe(true);
  });

  it('E2 OCSF Detection Finding: class, severity and status ids', () => {
    const r = ocsfDetectionFinding(finding, undefined);
    expect(r).toMatchObject({ class_uid: 2004, type_uid: 200401, severity_id: 4, severity: 'High', status_id: 3, status: 'Suppressed' });
    expect(ocsfDetectionFinding({ ...finding, status: 'RESOLVED' } as FindingRow, undefined)).toMatchObject({ activity_id: 3, type_uid: 200403, status_id: 4 });
  });
});
