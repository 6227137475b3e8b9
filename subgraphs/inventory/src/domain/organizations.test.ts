import { ListAccountsCommand, OrganizationsClient } from '@aws-sdk/client-organizations';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { listOrganizationMembers } from './organizations';

const organizations = mockClient(OrganizationsClient);
afterEach(() => organizations.reset());

const member = (i: number) => ({ Id: String(200000000000 + i), Name: `m${i}`, State: 'ACTIVE' as const });

describe('listOrganizationMembers', () => {
  it('follows every NextToken of organizations:ListAccounts', async () => {
    organizations
      .on(ListAccountsCommand, { NextToken: undefined })
      .resolves({ Accounts: [member(1), member(2)], NextToken: 'p2' })
      .on(ListAccountsCommand, { NextToken: 'p2' })
      .resolves({ Accounts: [member(3)], NextToken: 'p3' })
      .on(ListAccountsCommand, { NextToken: 'p3' })
      .resolves({ Accounts: [member(4)] });
    const members = await listOrganizationMembers(new OrganizationsClient({ region: 'us-east-1' }));
    expect(members.map((m) => m.Id)).toEqual(['200000000001', '200000000002', '200000000003', '200000000004']);
    expect(organizations.commandCalls(ListAccountsCommand)).toHaveLength(3);
  });

  it('stops at the page cap of a runaway listing', async () => {
    organizations.on(ListAccountsCommand).resolves({ Accounts: [member(1)], NextToken: 'again' });
    const members = await listOrganizationMembers(new OrganizationsClient({ region: 'us-east-1' }), 4);
    expect(members).toHaveLength(4);
    expect(organizations.commandCalls(ListAccountsCommand)).toHaveLength(4);
  });

  it('lets the AWS error through for the caller to explain', async () => {
    organizations.on(ListAccountsCommand).rejects(Object.assign(new Error('not the management account'), { name: 'AccessDeniedException' }));
    await expect(listOrganizationMembers(new OrganizationsClient({ region: 'us-east-1' }))).rejects.toMatchObject({ name: 'AccessDeniedException' });
  });
});
