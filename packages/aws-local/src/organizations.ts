/**
 * AWS Organizations for the stand-in, in its wire protocol (JSON 1.1: `POST /` with
 * `X-Amz-Target: AWSOrganizationsV20161128.<Action>`): ListAccounts, paginated with NextToken like AWS (at most
 * `MaxResults`, default 20, per page). An account outside any organization answers AWSOrganizationsNotInUseException.
 */

export interface StandInMember {
  id: string;
  name: string;
  email?: string;
  state?: 'ACTIVE' | 'SUSPENDED' | 'PENDING_CLOSURE';
}

export const ORGANIZATIONS_TARGET_PREFIX = 'AWSOrganizationsV20161128.';
const PAGE = 20;

export interface JsonAnswer {
  status: number;
  body: string;
}

export function organizationsError(code: string, message: string, status = 400): JsonAnswer {
  return { status, body: JSON.stringify({ __type: code, Message: message }) };
}

export function answerOrganizations(action: string, body: string, members: readonly StandInMember[] | null): JsonAnswer {
  if (action !== 'ListAccounts') return organizationsError('UnknownOperationException', `${action} is not served by the stand-in`);
  if (!members) return organizationsError('AWSOrganizationsNotInUseException', 'Your account is not a member of an organization.');
  const input = (body ? JSON.parse(body) : {}) as { NextToken?: string; MaxResults?: number };
  const start = input.NextToken ? Number(Buffer.from(input.NextToken, 'base64url').toString()) : 0;
  const size = Math.min(input.MaxResults ?? PAGE, PAGE);
  const page = members.slice(start, start + size);
  const next = start + size < members.length ? Buffer.from(String(start + size)).toString('base64url') : undefined;
  const accounts = page.map((m) => ({
    Id: m.id,
    Arn: `arn:aws:organizations::${members[0]?.id ?? m.id}:account/o-standin/${m.id}`,
    Name: m.name,
    Email: m.email ?? `aws+${m.id}@example.test`,
    State: m.state ?? 'ACTIVE',
    Status: m.state === 'SUSPENDED' ? 'SUSPENDED' : 'ACTIVE',
    JoinedMethod: 'CREATED',
    JoinedTimestamp: 1_700_000_000,
  }));
  return { status: 200, body: JSON.stringify({ Accounts: accounts, ...(next ? { NextToken: next } : {}) }) };
}
