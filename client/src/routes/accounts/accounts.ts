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

export const OnboardingDocument = graphql(`
  query Onboarding {
    onboarding {
      externalId
      trustPolicy
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
