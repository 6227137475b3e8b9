import { ok, type AccessAnalyzerRegion } from '@cspmexa/resources';
import { ACCOUNT_ID } from './iam-fixture';

export const analyzer = (name: string, type = 'ACCOUNT', status = 'ACTIVE') => ({ name, type, status, arn: `arn:aws:access-analyzer:eu-west-1:${ACCOUNT_ID}:analyzer/${name}` });

/** Access Analyzer in eu-west-1 with one active account analyzer. */
export function analyzerRegion(overrides: Partial<AccessAnalyzerRegion> = {}): AccessAnalyzerRegion {
  return {
    kind: 'aws.accessanalyzer.region',
    arn: `arn:aws:access-analyzer:eu-west-1:${ACCOUNT_ID}`,
    name: 'Access Analyzer eu-west-1',
    accountId: ACCOUNT_ID,
    region: 'eu-west-1',
    analyzers: ok([analyzer('account-analyzer')]),
    ...overrides,
  };
}
