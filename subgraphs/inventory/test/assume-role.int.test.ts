/** Scanning through `sts:AssumeRole` over the wire: a refused role fails the scan, a granted one scans as it (A1). */
import crypto from 'node:crypto';
import type { S3StandIn } from '@cspmexa/aws-local';
import { describe, expect, it } from 'vitest';
import { user, type Harness } from './support/harness';
import { ADD, AWS_ACCOUNT, RESOURCES_PER_SCAN, START, useScannedEstate } from './support/scanned-estate';

const ORG_B = `org-b-${crypto.randomUUID()}`;
const ORG_C = `org-c-${crypto.randomUUID()}`;

let standIn: S3StandIn;
let h: Harness;
const { waitForScanEnd } = useScannedEstate((estate) => ({ standIn, h } = estate));

describe('assuming the customer role', () => {
  it('fails the scan when AssumeRole is denied, refuses a concurrent scan, and the server keeps serving', async () => {
    // As STS answers a trust policy or ExternalId mismatch; slow, so that the scan is still active for the 2nd start.
    standIn.denyAssumeRole(true);
    standIn.delayAssumeRole(1_500);
    try {
      const roleArn = `arn:aws:iam::${AWS_ACCOUNT}:role/CspmexaAudit`;
      const added = await h.gql(user(ORG_B), ADD, { input: { name: 'Customer', authMethod: 'ASSUME_ROLE', roleArn, regions: ['eu-west-1'] } });
      expect(added.errors).toBeUndefined();
      const account = added.data?.addAwsAccount;
      expect(account).toMatchObject({ roleArn, awsAccountId: AWS_ACCOUNT });
      expect(account.externalId).toMatch(/^[\w-]{32}$/);

      const started = await h.gql(user(ORG_B), START, { id: account.id });
      const again = await h.gql(user(ORG_B), START, { id: account.id });
      expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');

      const scan = await waitForScanEnd(ORG_B, started.data?.startScan.id);
      expect(scan.status).toBe('FAILED');
      expect(scan.failureReason).toMatch(/AccessDenied/);
      expect(scan.failureReason).toContain(`sts:AssumeRole on resource: ${roleArn}`);
      expect(scan.finishedAt).not.toBeNull();
      // The role was asked for with the org's ExternalId (A1).
      expect(standIn.assumeRoleCalls.at(-1)).toMatchObject({ roleArn, externalId: account.externalId, roleSessionName: 'cspmexa-scan' });
      expect(h.scanEvents).toContainEqual({ orgId: ORG_B, accountId: account.id, scanId: scan.id, status: 'FAILED' });

      const still = await h.gql(user(ORG_B), `{ awsAccounts { totalCount } resources { totalCount } }`);
      expect(still.data).toEqual({ awsAccounts: { totalCount: 1 }, resources: { totalCount: 0 } });
    } finally {
      standIn.denyAssumeRole(false);
      standIn.delayAssumeRole(0);
    }
  });

  it('scans with the assumed role once STS grants it: identity and resources are the role account\'s', async () => {
    const roleAccount = '345678901234';
    const roleArn = `arn:aws:iam::${roleAccount}:role/CspmexaAudit`;
    const added = await h.gql(user(ORG_C), ADD, { input: { name: 'Granted', authMethod: 'ASSUME_ROLE', roleArn } });
    expect(added.errors).toBeUndefined();
    const account = added.data?.addAwsAccount;
    const calls = standIn.assumeRoleCalls.length;

    const started = await h.gql(user(ORG_C), START, { id: account.id });
    const scan = await waitForScanEnd(ORG_C, started.data?.startScan.id);
    expect(scan).toMatchObject({ status: 'COMPLETED', resourceCount: RESOURCES_PER_SCAN, errorCount: 0 });
    expect(standIn.assumeRoleCalls.slice(calls)).toEqual([{ roleArn, externalId: account.externalId, roleSessionName: 'cspmexa-scan', durationSeconds: 3600 }]);
    // GetCallerIdentity signed with the issued session token answers the assumed role: the resources carry its account.
    const res = await h.gql(user(ORG_C), `{ resources { totalCount edges { node { accountId account { awsAccountId } } } } }`);
    expect(res.data?.resources.totalCount).toBe(RESOURCES_PER_SCAN);
    for (const { node } of res.data?.resources.edges) expect(node).toEqual({ accountId: roleAccount, account: { awsAccountId: roleAccount } });
  });
});
