/**
 * Which AWS principal customers' role trust policies must allow: CSPMEXA's own. AWS_PRINCIPAL_ARN when configured;
 * otherwise the account of the server's own credentials (sts:GetCallerIdentity), trusted as `:root` so that any
 * role or user of that account the operator allows to call sts:AssumeRole works (the ExternalId still guards each
 * tenant, A1). With no credentials at all, a placeholder the admin must replace, and the answer says so.
 */
import type { CallerIdentity } from '../../aws/clients';

export type TrustedPrincipalSource = 'CONFIGURED' | 'SERVER_IDENTITY' | 'PLACEHOLDER';

export interface TrustedPrincipal {
  arn: string;
  source: TrustedPrincipalSource;
}

export const PLACEHOLDER_PRINCIPAL = 'arn:aws:iam::<CSPMEXA_AWS_ACCOUNT_ID>:root';

/** A failed lookup (no credentials, no network) is asked again after this long, not on every onboarding view. */
const RETRY_AFTER_MS = 5 * 60_000;

export function accountRootOf(identity: CallerIdentity): string {
  const partition = identity.arn.split(':')[1] || 'aws';
  return `arn:${partition}:iam::${identity.accountId}:root`;
}

export function createTrustedPrincipal(opts: {
  configured?: string | undefined;
  serverIdentity: () => Promise<CallerIdentity>;
  now?: () => number;
}): () => Promise<TrustedPrincipal> {
  const configured = opts.configured;
  if (configured) return async () => ({ arn: configured, source: 'CONFIGURED' });
  const now = opts.now ?? Date.now;
  let known: TrustedPrincipal | undefined;
  let failedAt = -Infinity;
  let pending: Promise<TrustedPrincipal> | undefined;
  return () => {
    if (known) return Promise.resolve(known);
    if (now() - failedAt < RETRY_AFTER_MS) return Promise.resolve({ arn: PLACEHOLDER_PRINCIPAL, source: 'PLACEHOLDER' });
    pending ??= opts
      .serverIdentity()
      .then((identity): TrustedPrincipal => (known = { arn: accountRootOf(identity), source: 'SERVER_IDENTITY' }))
      .catch((): TrustedPrincipal => {
        failedAt = now();
        return { arn: PLACEHOLDER_PRINCIPAL, source: 'PLACEHOLDER' };
      })
      .finally(() => {
        pending = undefined;
      });
    return pending;
  };
}
