import { ListBucketsCommand, S3Client } from '@aws-sdk/client-s3';
import { ListAccountsCommand, OrganizationsClient, paginateListAccounts } from '@aws-sdk/client-organizations';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { STAND_IN_CREDENTIALS, startS3StandIn, type S3StandIn } from './index';

let standIn: S3StandIn;
let organizations: OrganizationsClient;
const members = Array.from({ length: 45 }, (_, i) => ({ id: String(100000000000 + i), name: `member-${String(i).padStart(2, '0')}` }));

beforeAll(async () => {
  standIn = await startS3StandIn({ buckets: { 'org-b': {} }, accountId: '100000000000', organization: members });
  organizations = new OrganizationsClient({ region: 'us-east-1', endpoint: standIn.endpoint, credentials: STAND_IN_CREDENTIALS });
});
afterEach(() => {
  standIn.clearFailures();
  standIn.setOrganization(members);
});
afterAll(async () => {
  organizations.destroy();
  await standIn.close();
});

describe('Organizations and account-level faults on the stand-in, through the real SDK clients', () => {
  it('pages ListAccounts with NextToken (JSON 1.1), 20 per page', async () => {
    const pages: number[] = [];
    const ids: string[] = [];
    for await (const page of paginateListAccounts({ client: organizations }, {})) {
      pages.push(page.Accounts?.length ?? 0);
      ids.push(...(page.Accounts ?? []).map((a) => a.Id ?? ''));
    }
    expect(pages).toEqual([20, 20, 5]);
    expect(ids).toEqual(members.map((m) => m.id));
    expect(standIn.calls.get('ORGANIZATIONS ListAccounts')).toBe(3);
  });

  it('answers AWSOrganizationsNotInUseException outside an organization, and injected denials', async () => {
    standIn.setOrganization(null);
    await expect(organizations.send(new ListAccountsCommand({}))).rejects.toMatchObject({ name: 'AWSOrganizationsNotInUseException' });
    standIn.setOrganization(members);
    standIn.failApi('organizations:ListAccounts', 'AccessDeniedException');
    await expect(organizations.send(new ListAccountsCommand({}))).rejects.toMatchObject({ name: 'AccessDeniedException', $metadata: { httpStatusCode: 403 } });
  });

  it('denies s3:ListBuckets when told to', async () => {
    const s3 = new S3Client({ region: 'us-east-1', endpoint: standIn.endpoint, forcePathStyle: true, credentials: STAND_IN_CREDENTIALS });
    try {
      standIn.failApi('s3:ListBuckets', 'AccessDenied');
      await expect(s3.send(new ListBucketsCommand({}))).rejects.toMatchObject({ name: 'AccessDenied' });
      standIn.clearFailures();
      expect((await s3.send(new ListBucketsCommand({}))).Buckets?.map((b) => b.Name)).toEqual(['org-b']);
    } finally {
      s3.destroy();
    }
  });
});
