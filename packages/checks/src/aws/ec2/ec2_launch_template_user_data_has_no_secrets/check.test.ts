import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { launchTemplate, ok, templateVersion, userData } from '../lib/instance-fixture';
import { check } from './check';

describe('ec2_launch_template_user_data_has_no_secrets (EC2-17)', () => {
  it('EC2-17 fails for a secret in a non-default version, naming version and indicator', () => {
    const template = launchTemplate({ versions: ok([templateVersion(1), templateVersion(3, { isDefault: false, userData: userData('private-key') })]) });
    expect(evaluateCheck(check, template)[0]?.message).toBe('Launch template web user data contains secrets (version 3: private-key)');
  });

  it('EC2-17 passes a template with no versions listed (nothing to launch)', () => {
    expect(evaluateCheck(check, launchTemplate({ versions: ok([]) }))[0]?.status).toBe('PASS');
  });
});
