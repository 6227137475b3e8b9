import type { IamAccount, PasswordPolicy } from '@cspmexa/resources';
import type { CheckFixtures } from '../../../engine/fixtures';
import { absent, accessDenied, iamAccount, ok, STRONG_PASSWORD_POLICY } from './iam-fixture';

/** PASS with the CIS policy, FAIL with `weakened` and with no policy, UNKNOWN when it cannot be read. */
export function passwordPolicyFixtures(weakened: Partial<PasswordPolicy>, weakenedName: string): CheckFixtures<IamAccount> {
  return {
    pass: [{ name: 'CIS password policy', resource: iamAccount() }],
    fail: [
      { name: weakenedName, resource: iamAccount({ passwordPolicy: ok({ ...STRONG_PASSWORD_POLICY, ...weakened }) }) },
      { name: 'no password policy (NoSuchEntity)', resource: iamAccount({ passwordPolicy: absent() }) },
    ],
    unknown: [{ name: 'GetAccountPasswordPolicy denied', resource: iamAccount({ passwordPolicy: accessDenied('GetAccountPasswordPolicy') }) }],
  };
}
