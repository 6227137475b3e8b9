import { graphql } from '../../../gql';

export const USERS_PAGE_SIZE = 50;

export const AdminUsersDocument = graphql(`
  query AdminUsers($first: Int, $after: String) {
    users(first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        cursor
        node {
          ...AdminUser
        }
      }
    }
  }
`);

export const AdminUserFragment = graphql(`
  fragment AdminUser on User {
    id
    email
    displayName
    role
    disabled
    mfaEnrolled
    createdAt
  }
`);

export const AssignRoleDocument = graphql(`
  mutation AssignRole($userId: ID!, $role: Role!) {
    assignRole(userId: $userId, role: $role) {
      ...AdminUser
    }
  }
`);

export const DisableUserDocument = graphql(`
  mutation DisableUser($userId: ID!) {
    disableUser(userId: $userId) {
      ...AdminUser
    }
  }
`);

export const EnableUserDocument = graphql(`
  mutation EnableUser($userId: ID!) {
    enableUser(userId: $userId) {
      ...AdminUser
    }
  }
`);

export const ResetMfaDocument = graphql(`
  mutation ResetMfa($userId: ID!) {
    resetMfa(userId: $userId) {
      ...AdminUser
    }
  }
`);

export const InviteUserDocument = graphql(`
  mutation InviteUser($email: String!, $role: Role!) {
    inviteUser(email: $email, role: $role) {
      id
      email
      role
    }
  }
`);

export const InvitationsDocument = graphql(`
  query Invitations {
    invitations {
      id
      email
      role
      createdAt
      acceptedAt
    }
  }
`);
