import { ok, type S3Account } from '@cspmexa/resources';
import { ALL_BLOCKED } from './bucket-fixture';

/** The S3 settings of an account with every Block Public Access flag on. */
export function s3Account(overrides: Partial<S3Account> = {}): S3Account {
  return {
    kind: 'aws.s3.account',
    arn: 'arn:aws:s3:::account/111122223333',
    name: 'S3 account settings',
    accountId: '111122223333',
    region: 'global',
    publicAccessBlock: ok(ALL_BLOCKED),
    ...overrides,
  };
}
