import { describe, expect, it } from 'vitest';
import { findControl, frameworks } from './catalogue';
import { FRAMEWORK_IDS } from './types';

describe('framework catalogues', () => {
  it.each(FRAMEWORK_IDS)('%s has unique, well-formed control ids', (id) => {
    const ids = frameworks[id].controls.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const controlId of ids) expect(controlId).toMatch(/^\d+(\.\d+){1,2}$/);
  });

  it.each(FRAMEWORK_IDS)('%s files every control under the section its number starts with', (id) => {
    for (const control of frameworks[id].controls) {
      const sectionNumber = control.section.split(' ')[0] ?? '';
      expect(control.id.startsWith(`${sectionNumber}.`), `${control.id} in ${control.section}`).toBe(true);
    }
  });

  it('finds controls by framework and number, and not across versions', () => {
    expect(findControl('cis-aws-3.0.0', '2.1.4')?.title).toMatch(/Block public access/i);
    expect(findControl('cis-aws-5.0.0', '5.1.1')?.title).toMatch(/EBS volume encryption/i);
    // 5.7 (IMDSv2) exists only in v5; 2.2.1 is EBS in v3 but RDS in v5.
    expect(findControl('cis-aws-3.0.0', '5.7')).toBeUndefined();
    expect(findControl('cis-aws-5.0.0', '2.2.1')?.title).toMatch(/RDS/);
    expect(findControl('cis-aws-5.0.0', '9.9')).toBeUndefined();
  });
});
