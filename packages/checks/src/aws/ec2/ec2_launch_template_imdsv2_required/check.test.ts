import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { launchTemplate, ok, templateVersion } from '../lib/instance-fixture';
import { check } from './check';

const template = launchTemplate({ versions: ok([templateVersion(1), templateVersion(2, { isDefault: false, metadataOptions: { httpTokens: 'optional' } })]) });

describe('ec2_launch_template_imdsv2_required (EC2-12)', () => {
  it('EC2-12 fails naming the weak versions, even when the default is fine', () => {
    expect(evaluateCheck(check, template)[0]?.message).toBe('Launch template web does not require IMDSv2 in version(s) 2');
  });

  it('EC2-12 judges only the default version with defaultVersionOnly', () => {
    expect(evaluateCheck(check, template, { settings: { defaultVersionOnly: true } })[0]?.status).toBe('PASS');
  });

  it('EC2-12 accepts a version with the metadata endpoint disabled', () => {
    const off = launchTemplate({ versions: ok([templateVersion(1, { metadataOptions: { httpTokens: 'optional', httpEndpoint: 'disabled' } })]) });
    expect(evaluateCheck(check, off)[0]?.status).toBe('PASS');
  });
});
