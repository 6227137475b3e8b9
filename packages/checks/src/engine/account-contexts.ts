import type { InventoryResource } from '@cspmexa/resources';
import type { AccountContext } from './context';

/**
 * The account-wide contexts found in a scan's own inventory: today the `aws.s3.account` resource, whose Block
 * Public Access overrides every bucket's. Without it a bucket neutralized at the account level would be judged
 * on its own settings alone and reported public. An account with no such resource gets no context, which the
 * checks read as "not known to be on" (a verdict can only move towards FAIL or UNKNOWN, never towards PASS).
 */
export function accountContextsOf(resources: readonly InventoryResource[]): Record<string, AccountContext> {
  const contexts: Record<string, AccountContext> = {};
  for (const { resource } of resources) {
    if (resource.kind !== 'aws.s3.account') continue;
    contexts[resource.accountId] = { ...contexts[resource.accountId], s3PublicAccessBlock: resource.publicAccessBlock };
  }
  return contexts;
}
