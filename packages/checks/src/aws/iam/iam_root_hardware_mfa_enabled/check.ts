import { defineCheck } from '../../../engine/define-check';
import { fail, pass, unknownBecause } from '../../../engine/result';
import { accountFact, unknownFact } from '../lib/account-facts';
import { IAM_REFERENCES } from '../lib/references';

/** ListVirtualMFADevices names the root's device by the root ARN, or by the serial AWS gives it. */
const isRootDevice = (d: { serialNumber: string; userArn?: string }) =>
  (d.userArn?.endsWith(':root') ?? false) || d.serialNumber.endsWith(':mfa/root-account-mfa-device');

export const check = defineCheck({
  metadata: {
    id: 'iam_root_hardware_mfa_enabled',
    shortId: 'IAM-02',
    title: 'Root user MFA is a hardware device',
    severity: 'CRITICAL',
    service: 'iam',
    resourceKind: 'aws.iam.account',
    description:
      'Checks that the root user has MFA (GetAccountSummary AccountMFAEnabled or the credential report) and that none of it is a virtual device: ListVirtualMFADevices lists no device whose user ARN ends in ":root".',
    risk:
      'A virtual MFA lives on a phone or laptop that can be lost, cloned from a backup or compromised; for the one identity that can close the account, CIS asks for a dedicated hardware device kept offline.',
    remediation: {
      text: 'As root, deactivate the virtual MFA device and register a hardware TOTP token or FIDO security key; store it in a safe with a documented break-glass procedure.',
      cli: '# Done in the console as root; verify no virtual device remains for root:\naws iam list-virtual-mfa-devices --assignment-status Assigned --query "VirtualMFADevices[?ends_with(User.Arn, \':root\')]"',
      terraform: '# Not manageable with Terraform: the root user\'s MFA is set in the console.',
    },
    references: [IAM_REFERENCES.rootMfa, 'https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListVirtualMFADevices.html'],
    compliance: { 'cis-aws-3.0.0': ['1.6'], 'cis-aws-5.0.0': ['1.5'] },
    settings: {},
  },
  evaluate(account) {
    const mfa = accountFact(account, 'AccountMFAEnabled', (root) => root.mfaActive, 'whether the root user has MFA');
    if (!mfa.known) return unknownFact(account.arn, `whether the root user of ${account.accountId} has hardware MFA`, mfa.missing);
    if (!mfa.value) return fail(account.arn, `The root user of ${account.accountId} has no MFA at all (${mfa.source})`, { source: mfa.source });
    const devices = account.virtualMfaDevices;
    if (devices.state === 'error') return unknownBecause(account.arn, `whether the root user's MFA is virtual`, devices);
    const virtual = devices.state === 'ok' ? devices.value.filter(isRootDevice) : [];
    if (virtual.length > 0) {
      return fail(account.arn, `The root user of ${account.accountId} uses a virtual MFA device (${virtual[0]?.serialNumber})`, {
        virtualDevices: virtual.map((d) => d.serialNumber),
      });
    }
    return pass(account.arn, `The root user of ${account.accountId} has MFA and no virtual MFA device`, { source: mfa.source });
  },
});
