/**
 * Which user a verified Google account signs in as (O2). Accounts are keyed on Google's `sub`, never on the email:
 * 1. a linked `sub` signs in as its user;
 * 2. otherwise the first sign-in of an email an admin invited links to that invited user;
 * 3. otherwise, if no account has the email, a new ANALYST in the default organization (unless
 *    GOOGLE_AUTO_PROVISION=false);
 * an existing account with the same email but no link (or linked to another `sub`) is never taken over.
 */
import { DEFAULT_ORGANIZATION } from '../domain/bootstrap';
import { normalizeEmail } from '../domain/email';
import type { AuditSink, Clock, OrganizationStore, RequestInfo, UserRecord, UserStore } from '../domain/model';
import { GoogleSignInRefused } from './errors';
import type { GoogleIdentityStore, VerifiedGoogleAccount } from './model';

export interface GoogleAccountDeps {
  identities: GoogleIdentityStore;
  users: UserStore;
  organizations: OrganizationStore;
  audit: AuditSink;
  clock: Clock;
  allowedDomain: string | null;
  autoProvision: boolean;
}

const refused = (reason: 'wrong_domain' | 'email_unverified' | 'email_taken' | 'not_invited' | 'user_disabled', orgId: string | null = null) =>
  new GoogleSignInRefused(
    'FORBIDDEN',
    reason,
    reason === 'wrong_domain'
      ? 'This Google account is not part of the allowed organization domain.'
      : 'This Google account cannot sign in to CSPMEXA. Ask an administrator for an invitation.',
    orgId,
  );

export async function resolveGoogleAccount(deps: GoogleAccountDeps, account: VerifiedGoogleAccount, request: RequestInfo): Promise<UserRecord> {
  // The hd claim, not the email's domain: only Google Workspace vouches for the domain (O2).
  if (deps.allowedDomain && account.hostedDomain?.toLowerCase() !== deps.allowedDomain) throw refused('wrong_domain');

  const linked = await deps.identities.findBySub(account.sub);
  if (linked) {
    const user = await deps.users.findById(linked.orgId, linked.userId);
    if (!user || user.disabled) throw refused('user_disabled', linked.orgId);
    await deps.identities.touch(linked.orgId, linked.id, deps.clock());
    return user;
  }

  // Linking by email needs Google to vouch for the address.
  if (!account.emailVerified) throw refused('email_unverified');
  const email = normalizeEmail(account.email);
  const normalized = { ...account, email };

  const invitation = await deps.identities.findPendingInvitation(email);
  if (invitation) {
    const user = await deps.identities.linkInvitedUser(invitation, normalized, deps.clock());
    if (user) {
      await deps.audit.record(
        { action: 'google.linked', orgId: user.orgId, actorId: user.id, target: user.id, details: { sub: account.sub, via: 'invitation' } },
        request,
      );
      if (user.disabled) throw refused('user_disabled', user.orgId);
      return user;
    }
  }

  // O2: an account with this email exists and is not linked to this `sub`: a takeover attempt, shown to its admins.
  const holder = (await deps.users.findByEmailForSignIn(email))[0];
  if (holder) throw refused('email_taken', holder.orgId);
  if (!deps.autoProvision) throw refused('not_invited');

  const org = await deps.organizations.ensure(DEFAULT_ORGANIZATION.slug, DEFAULT_ORGANIZATION.name);
  const user = await deps.identities.provisionUser(org.id, normalized);
  // A concurrent first sign-in of the same email or `sub` won the insert: refuse rather than guess.
  if (!user) throw refused('email_taken');
  await deps.audit.record(
    { action: 'user.provisioned', orgId: user.orgId, actorId: user.id, target: user.id, details: { sub: account.sub, method: 'google', role: user.role } },
    request,
  );
  return user;
}
