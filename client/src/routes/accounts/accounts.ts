import { graphql } from '../../gql';

/** The API caps pages at 100; an organisation with more accounts than that is not a walking-skeleton concern. */
export const ACCOUNTS_PAGE_SIZE = 100;

export const AccountsDocument = graphql(`
  query Accounts($first: Int) {
    awsAccounts(first: $first) {
      totalCount
      edges {
        node {
          id
          name
          awsAccountId
          authMethod
          roleArn
          accessKeyIdLast4
          regions
          scanSchedule
          demo
          lastScan {
            id
            status
            startedAt
            finishedAt
            resourceCount
            errorCount
          }
        }
      }
    }
  }
`);

export const AddAwsAccountDocument = graphql(`
  mutation AddAwsAccount($input: AddAwsAccountInput!) {
    addAwsAccount(input: $input) {
      id
      name
      authMethod
    }
  }
`);

export const UpdateAwsAccountDocument = graphql(`
  mutation UpdateAwsAccount($id: ID!, $input: UpdateAwsAccountInput!) {
    updateAwsAccount(id: $id, input: $input) {
      id
      name
      roleArn
      accessKeyIdLast4
      regions
      awsAccountId
    }
  }
`);

export const DeleteAwsAccountDocument = graphql(`
  mutation DeleteAwsAccount($id: ID!) {
    deleteAwsAccount(id: $id)
  }
`);

export const OnboardingDocument = graphql(`
  query Onboarding {
    onboarding {
      externalId
      trustedPrincipalArn
      trustedPrincipalSource
      roleName
      trustPolicy
      cloudFormationTemplate
      terraform
    }
  }
`);

export const TestAwsConnectionDocument = graphql(`
  mutation TestAwsConnection($accountId: ID, $input: AwsConnectionInput) {
    testAwsConnection(accountId: $accountId, input: $input) {
      status
      awsAccountId
      callerArn
      missingPermissions
      problem
    }
  }
`);

export const StartScanDocument = graphql(`
  mutation StartScan($accountId: ID!) {
    startScan(accountId: $accountId) {
      id
      status
    }
  }
`);

export const ScanProgressDocument = graphql(`
  query ScanProgress($id: ID!) {
    scan(id: $id) {
      id
      status
      finishedAt
      resourceCount
      errorCount
      failureReason
      evaluation {
        evaluatedAt
        opened
      }
    }
  }
`);
