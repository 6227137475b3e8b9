import type { MockLink } from '@apollo/client/testing';
import { GraphQLError } from 'graphql';
import type { Role } from '../../../gql/graphql';
import { AdminUsersDocument, InvitationsDocument, USERS_PAGE_SIZE } from './users';

/** Builders for the Users & roles tests. */
export function adminUser(id: string, email: string, role: Role, overrides: { disabled?: boolean; mfaEnrolled?: boolean } = {}) {
  return {
    __typename: 'User' as const,
    id,
    email,
    displayName: email,
    role,
    disabled: overrides.disabled ?? false,
    mfaEnrolled: overrides.mfaEnrolled ?? true,
    createdAt: '2026-01-01T10:00:00.000Z',
  };
}

export function usersMock(users: ReturnType<typeof adminUser>[], page: { after?: string; hasNextPage?: boolean; total?: number } = {}): MockLink.MockedResponse {
  return {
    request: { query: AdminUsersDocument, variables: { first: USERS_PAGE_SIZE, ...(page.after ? { after: page.after } : {}) } },
    result: {
      data: {
        users: {
          __typename: 'UserConnection',
          totalCount: page.total ?? users.length,
          pageInfo: { __typename: 'PageInfo', endCursor: users.at(-1)?.id ?? null, hasNextPage: page.hasNextPage ?? false },
          edges: users.map((node) => ({ __typename: 'UserEdge', cursor: node.id, node })),
        },
      },
    },
  };
}

export function invitation(id: string, email: string, role: Role, acceptedAt: string | null = null) {
  return { __typename: 'Invitation' as const, id, email, role, createdAt: '2026-02-01T10:00:00.000Z', acceptedAt };
}

export function invitationsMock(invitations: ReturnType<typeof invitation>[]): MockLink.MockedResponse {
  return { request: { query: InvitationsDocument }, result: { data: { invitations } } };
}

export function apiError(code: string, message: string, reason?: string) {
  return { errors: [new GraphQLError(message, { extensions: { code, ...(reason ? { reason } : {}) } })] };
}
