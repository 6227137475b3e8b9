import type { AccountOptionsQuery, ComplianceReportQuery } from '../../gql/graphql';
import type { ControlPosture } from './controlStatus';

/** Mocked responses for the Compliance page and the Overview trend (tests only). */
export function accountOptions(accounts: { id: string; name: string; awsAccountId: string | null }[]): { data: AccountOptionsQuery } {
  return {
    data: {
      awsAccounts: {
        __typename: 'AwsAccountConnection',
        totalCount: accounts.length,
        edges: accounts.map((node) => ({ __typename: 'AwsAccountEdge', node: { __typename: 'AwsAccount', ...node } })),
      },
    },
  };
}

export function control(controlId: string, section: string, status: ControlPosture['status'], failed = 0): ControlPosture {
  return {
    __typename: 'ControlPosture',
    controlId,
    title: `Control ${controlId} title`,
    section,
    assessment: status === 'MANUAL' ? 'MANUAL' : 'AUTOMATED',
    status,
    checkIds: status === 'MANUAL' ? [] : ['s3_bucket_public_access'],
    passed: status === 'PASS' ? 4 : 0,
    failed,
    muted: 0,
    unknown: 0,
  };
}

export function complianceReport(
  framework: 'CIS_AWS_3_0_0' | 'CIS_AWS_5_0_0',
  accountId: string,
  controls: ControlPosture[],
  score: number | null,
): { data: ComplianceReportQuery } {
  const count = (status: ControlPosture['status']) => controls.filter((c) => c.status === status).length;
  return {
    data: {
      compliance: {
        __typename: 'ComplianceReport',
        framework,
        accountId,
        scanId: 'scan-1',
        evaluatedAt: '2026-03-01T10:00:00.000Z',
        score,
        passed: count('PASS'),
        failed: count('FAIL'),
        manual: count('MANUAL'),
        notApplicable: count('NOT_APPLICABLE'),
        unknown: count('UNKNOWN'),
        controls,
      },
    },
  };
}
