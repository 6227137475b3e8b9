import { graphql } from '../../../gql';

/** The role name the onboarding templates create; members get the same role, e.g. through a CloudFormation StackSet. */
export const DEFAULT_ROLE_NAME = 'CSPMEXA-ReadOnly';

export const DiscoverOrganizationAccountsDocument = graphql(`
  query DiscoverOrganizationAccounts($accountId: ID!) {
    discoverOrganizationAccounts(accountId: $accountId) {
      awsAccountId
      name
      email
      status
      connected
    }
  }
`);

export const OrganizationOnboardingDocument = graphql(`
  query OrganizationOnboarding($roleName: String) {
    onboarding(roleName: $roleName) {
      externalId
      roleName
      trustedPrincipalArn
    }
  }
`);

export const AddOrganizationAccountsDocument = graphql(`
  mutation AddOrganizationAccounts($accountId: ID!, $memberIds: [String!]!, $roleName: String!) {
    addOrganizationAccounts(accountId: $accountId, memberIds: $memberIds, roleName: $roleName) {
      id
      name
      awsAccountId
    }
  }
`);
