import { defineCheck } from '../../../engine/define-check';
import { fail, pass } from '../../../engine/result';
import { IAM_REFERENCES } from '../lib/references';
import { credentialsOrUnknown, isVerdict } from '../lib/user-credentials';

export const check = defineCheck({
  metadata: {
    id: 'iam_user_console_mfa_enabled',
    shortId: 'IAM-09',
    title: 'IAM user with a console password has MFA enabled',
    severity: 'HIGH',
    service: 'iam',
    resourceKind: 'aws.iam.user',
    description:
      'Checks on the credential report that every IAM user whose password_enabled is true has mfa_active true. Users without a console password (programmatic only) pass: MFA does not protect access keys.',
    risk: 'A console password alone falls to phishing, reuse from other breaches and guessing; MFA is what stops a stolen password from becoming a session.',
    remediation: {
      text: 'Have the user register an MFA device (passkey, security key or authenticator app), and enforce it with a policy denying actions when aws:MultiFactorAuthPresent is false; or remove the console password if the user does not need the console.',
      cli: [
        'aws iam create-virtual-mfa-device --virtual-mfa-device-name <user> --outfile qr.png --bootstrap-method QRCodePNG',
        'aws iam enable-mfa-device --user-name <user> --serial-number arn:aws:iam::<account-id>:mfa/<user> --authentication-code1 <code1> --authentication-code2 <code2>',
      ].join('\n'),
      terraform: [
        'resource "aws_iam_virtual_mfa_device" "user" {',
        '  virtual_mfa_device_name = "<user>"',
        '}',
        '# Pair it with aws_iam_user_login_profile only for users that need the console.',
      ].join('\n'),
    },
    references: [IAM_REFERENCES.mfa, IAM_REFERENCES.credentialReport],
    compliance: { 'cis-aws-3.0.0': ['1.10'], 'cis-aws-5.0.0': ['1.9'] },
    settings: {},
  },
  evaluate(user) {
    const row = credentialsOrUnknown(user, `whether ${user.userName} has MFA`);
    if (isVerdict(row)) return row;
    if (row.passwordEnabled !== true) return pass(user.arn, `${user.userName} has no console password`, { passwordEnabled: row.passwordEnabled });
    return row.mfaActive
      ? pass(user.arn, `${user.userName} has a console password and MFA`)
      : fail(user.arn, `${user.userName} has a console password but no MFA`, { passwordEnabled: true, mfaActive: false });
  },
});
