import { defineCheck } from '../../../engine/define-check';
import { fail, pass, unknownBecause } from '../../../engine/result';

export const check = defineCheck({
  metadata: {
    id: 'account_security_contact_registered',
    shortId: 'ACC-08',
    title: 'The account has a security alternate contact registered',
    severity: 'MEDIUM',
    service: 'account',
    resourceKind: 'aws.account.contacts',
    description: 'Checks that account:GetAlternateContact returns a SECURITY alternate contact with an email address, so that AWS security notifications reach a security team rather than only the root email.',
    risk: 'AWS sends abuse reports, compromise notices and security bulletins to the security contact; without one they go to the root mailbox, which is often unread, and an active compromise is reported to nobody.',
    remediation: {
      text: 'Register a security alternate contact: a team mailbox and phone number, not a single person.',
      cli: 'aws account put-alternate-contact --alternate-contact-type SECURITY --name "Security team" --title "Security" --email-address security@example.com --phone-number "+1-555-0100"',
      terraform: [
        'resource "aws_account_alternate_contact" "security" {',
        '  alternate_contact_type = "SECURITY"',
        '  name                   = "Security team"',
        '  title                  = "Security"',
        '  email_address          = "security@example.com"',
        '  phone_number           = "+1-555-0100"',
        '}',
      ].join('\n'),
    },
    references: ['https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-update-contact-alternate.html', 'https://docs.aws.amazon.com/accounts/latest/reference/API_GetAlternateContact.html'],
    compliance: { 'cis-aws-3.0.0': ['1.2'], 'cis-aws-5.0.0': ['1.2'] },
    settings: {},
  },
  evaluate(contacts) {
    const contact = contacts.securityContact;
    if (contact.state === 'error') return unknownBecause(contacts.arn, 'whether a security contact is registered', contact);
    if (contact.state === 'absent') return fail(contacts.arn, 'No security alternate contact is registered');
    if (!contact.value.emailAddress) return fail(contacts.arn, 'The security alternate contact has no email address');
    return pass(contacts.arn, `Security alternate contact: ${contact.value.name ?? 'unnamed'} <${contact.value.emailAddress}>`);
  },
});
