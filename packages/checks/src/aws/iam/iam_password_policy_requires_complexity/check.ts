import type { PasswordPolicy } from '@cspmexa/resources';
import { defineCheck } from '../../../engine/define-check';
import { judgePasswordPolicy, PASSWORD_POLICY_CLI_PREFIX, STRONG_PASSWORD_POLICY_TERRAFORM } from '../lib/password-policy';
import { IAM_REFERENCES } from '../lib/references';

const CLASSES: Readonly<Record<string, (p: PasswordPolicy) => boolean>> = {
  uppercase: (p) => p.requireUppercaseCharacters,
  lowercase: (p) => p.requireLowercaseCharacters,
  numbers: (p) => p.requireNumbers,
  symbols: (p) => p.requireSymbols,
};

export const check = defineCheck({
  metadata: {
    id: 'iam_password_policy_requires_complexity',
    shortId: 'IAM-07',
    title: 'Password policy requires upper case, lower case, numbers and symbols',
    severity: 'MEDIUM',
    service: 'iam',
    resourceKind: 'aws.iam.account',
    description:
      'Checks that the account password policy requires every character class listed in requiredClasses (uppercase, lowercase, numbers, symbols: the four Prowler checks in one). No password policy at all fails.',
    risk: 'Passwords drawn from one character class are far easier to guess and crack, especially when short.',
    remediation: {
      text: 'Require upper-case letters, lower-case letters, numbers and symbols in the account password policy.',
      cli: `${PASSWORD_POLICY_CLI_PREFIX} --require-uppercase-characters --require-lowercase-characters --require-numbers --require-symbols`,
      terraform: STRONG_PASSWORD_POLICY_TERRAFORM,
    },
    references: [IAM_REFERENCES.passwordPolicy],
    compliance: {},
    settings: { requiredClasses: Object.keys(CLASSES) },
  },
  evaluate(account, { settings }) {
    const unknownClasses = settings.requiredClasses.filter((c) => !Object.hasOwn(CLASSES, c));
    if (unknownClasses.length > 0) throw new Error(`requiredClasses has unknown entries: ${unknownClasses.join(', ')}`);
    return judgePasswordPolicy(account, (p) => {
      const missing = settings.requiredClasses.filter((c) => !CLASSES[c]?.(p));
      return {
        compliant: missing.length === 0,
        detail: missing.length === 0 ? `requires ${settings.requiredClasses.join(', ')}` : `does not require ${missing.join(', ')}`,
      };
    });
  },
});
