/** Mocked GraphQL answers shared by the accounts page and wizard tests. */
import { ViewerDocument } from '../shell/me';
import { ACCOUNTS_PAGE_SIZE, AccountsDocument, OnboardingDocument, ScanProgressDocument } from './accounts';
import type { AccountNode } from './AccountRow';
import { ScanProgressLiveDocument } from './scanControl';

export const ALWAYS = Number.POSITIVE_INFINITY;

export const viewerMock = (role: 'ADMIN' | 'ANALYST') => ({
  request: { query: ViewerDocument },
  result: { data: { me: { __typename: 'User', id: 'u-1', email: 'ana@example.com', role } } },
  maxUsageCount: ALWAYS,
});

export function accountNode(overrides: Partial<AccountNode> = {}): AccountNode {
  return {
    __typename: 'AwsAccount',
    id: 'acc-1',
    name: 'Production',
    awsAccountId: '123456789012',
    authMethod: 'ASSUME_ROLE',
    demo: false,
    roleArn: 'arn:aws:iam::123456789012:role/CSPMEXA-ReadOnly',
    accessKeyIdLast4: null,
    regions: null,
    scanSchedule: null,
    lastScan: null,
    ...overrides,
  };
}

export const accountsMock = (nodes: AccountNode[]) => ({
  request: { query: AccountsDocument, variables: { first: ACCOUNTS_PAGE_SIZE } },
  result: {
    data: {
      awsAccounts: { __typename: 'AwsAccountConnection', totalCount: nodes.length, edges: nodes.map((node) => ({ __typename: 'AwsAccountEdge', node })) },
    },
  },
  maxUsageCount: ALWAYS,
});

export const onboardingMock = {
  request: { query: OnboardingDocument },
  result: {
    data: {
      onboarding: {
        __typename: 'Onboarding',
        externalId: 'ext-0rg-1d',
        trustedPrincipalArn: 'arn:aws:iam::999988887777:root',
        trustedPrincipalSource: 'SERVER_IDENTITY',
        roleName: 'CSPMEXA-ReadOnly',
        trustPolicy: '{ "Statement": [ { "Condition": { "StringEquals": { "sts:ExternalId": "ext-0rg-1d" } } } ] }',
        cloudFormationTemplate: 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  CspmexaReadOnlyRole: {}',
        terraform: 'resource "aws_iam_role" "cspmexa_read_only" {}',
      },
    },
  },
  maxUsageCount: ALWAYS,
};

/** A running scan: the subscription says 40% collecting; the polled scan is still RUNNING. */
export function runningScanMocks(scanId: string) {
  return [
    {
      request: { query: ScanProgressLiveDocument, variables: { scanId } },
      result: {
        data: {
          scanProgress: { __typename: 'ScanProgress', scanId, status: 'RUNNING', phase: 'COLLECTING', resourcesCollected: 12, apiCalls: 80, errors: 1, percentage: 40 },
        },
      },
    },
    {
      request: { query: ScanProgressDocument, variables: { id: scanId } },
      result: {
        data: { scan: { __typename: 'Scan', id: scanId, status: 'RUNNING', finishedAt: null, resourceCount: 0, errorCount: 0, failureReason: null, evaluation: null } },
      },
      maxUsageCount: ALWAYS,
    },
  ];
}
