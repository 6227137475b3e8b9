/**
 * The account's alternate contacts (ACC-08): account:GetAlternateContact(SECURITY), a global API. None registered
 * (ResourceNotFoundException) is `absent`; a denial is an error naming account:GetAlternateContact.
 */
import { AccountClient, GetAlternateContactCommand } from '@aws-sdk/client-account';
import { GLOBAL_REGION, type AccountContacts } from '@cspmexa/resources';
import type { ScanErrorRecord } from '../../domain/scan-error';
import { partReader } from './calls/read-part';
import type { AwsCollector, AwsScanContext, CollectorOutput } from './collector';

export async function collectAccountContacts(ctx: AwsScanContext): Promise<CollectorOutput> {
  const errors: ScanErrorRecord[] = [];
  const arn = `arn:${ctx.partition}:account::${ctx.accountId}:account`;
  const client = ctx.client(AccountClient, ctx.defaultRegion);
  const securityContact = await partReader(ctx.caller, errors)(
    { service: 'account', operation: 'GetAlternateContact', region: GLOBAL_REGION, apiClass: 'account' },
    () => client.send(new GetAlternateContactCommand({ AlternateContactType: 'SECURITY' })),
    (o) => {
      const c = o.AlternateContact ?? {};
      return {
        ...(c.Name ? { name: c.Name } : {}),
        ...(c.Title ? { title: c.Title } : {}),
        ...(c.EmailAddress ? { emailAddress: c.EmailAddress } : {}),
        ...(c.PhoneNumber ? { phoneNumber: c.PhoneNumber } : {}),
      };
    },
    { resourceArn: arn, absentCodes: ['ResourceNotFoundException'] },
  );
  const contacts: AccountContacts = { kind: 'aws.account.contacts', arn, name: 'Alternate contacts', accountId: ctx.accountId, region: GLOBAL_REGION, securityContact };
  return { resources: [contacts], errors };
}

export const accountContactsCollector: AwsCollector = { service: 'account', collect: collectAccountContacts };
