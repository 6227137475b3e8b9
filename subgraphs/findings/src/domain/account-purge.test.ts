import { describe, expect, it } from 'vitest';
import { rulesOnlyFor } from './account-purge';

const rule = (id: string, accountIds: string[] | null, findingKeys: string[] | null = null) => ({ id, accountIds, findingKeys });

describe('rulesOnlyFor', () => {
  const rules = [
    rule('inventory-id', ['acct-1']),
    rule('aws-id', ['111122223333']),
    rule('both-ids', ['acct-1', '111122223333']),
    rule('two-accounts', ['acct-1', 'acct-2']),
    rule('no-account-scope', null),
    rule('bulk-gone', null, ['k1', 'k2']),
    rule('bulk-mixed', null, ['k1', 'k9']),
  ];

  it('picks the rules whose scope names only the deleted account, when its AWS id is released', () => {
    expect(rulesOnlyFor(rules, { accountId: 'acct-1', releasedAwsAccountId: '111122223333', purgedKeys: new Set(['k1', 'k2']) })).toEqual(['inventory-id', 'aws-id', 'both-ids', 'bulk-gone']);
  });

  it('keeps rules on the AWS id, and bulk mutes, while another account of the org still has that AWS id', () => {
    expect(rulesOnlyFor(rules, { accountId: 'acct-1', releasedAwsAccountId: null, purgedKeys: new Set(['k1', 'k2']) })).toEqual(['inventory-id']);
  });
});
