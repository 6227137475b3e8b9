import { userMessage } from '../../../apollo/userMessage';
import { apiErrorCode } from '../../../apollo/authErrors';

export interface DiscoveryProblem {
  title: string;
  /** What to do about it, in the product's words. */
  advice: string;
  /** The server's own message (it names the AWS error code), when it sent one for people. */
  detail: string | null;
}

/**
 * Why member accounts could not be listed. The server answers BAD_USER_INPUT naming the AWS error code: Organizations
 * answers AccessDenied both to a member account and to a role without organizations:ListAccounts, and
 * AWSOrganizationsNotInUse to an account outside any organization.
 */
export function discoveryProblem(error: unknown): DiscoveryProblem {
  const code = apiErrorCode(error);
  const detail = code === 'BAD_USER_INPUT' || code === 'NOT_FOUND' ? userMessage(error) : null;
  if (code === 'FORBIDDEN') return { title: 'Only administrators can discover member accounts', advice: userMessage(error), detail: null };
  if (detail?.includes('AWSOrganizationsNotInUse')) {
    return { title: 'This account is not in an AWS organization', advice: 'Discovery works from the management account of an organization.', detail };
  }
  if (detail?.includes('AccessDenied')) {
    return {
      title: 'AWS refused to list the member accounts',
      advice:
        'Use the organization’s management account (or a delegated administrator), and let its CSPMEXA role call organizations:ListAccounts. A member account cannot list its organization.',
      detail,
    };
  }
  if (detail) return { title: 'Member accounts could not be listed', advice: 'Check that this is the organization’s management account.', detail };
  return { title: 'Member accounts could not be listed', advice: 'Try again in a moment.', detail: null };
}
