import { graphql } from '../../../gql';

export const ApiTokensDocument = graphql(`
  query ApiTokens {
    apiTokens {
      ...ApiTokenRow
    }
  }
`);

export const ApiTokenRowFragment = graphql(`
  fragment ApiTokenRow on ApiToken {
    id
    name
    scopes
    expiresAt
    lastUsedAt
    revokedAt
    createdAt
  }
`);

export const CreateApiTokenDocument = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      token
      apiToken {
        ...ApiTokenRow
      }
    }
  }
`);

export const RevokeApiTokenDocument = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      ...ApiTokenRow
    }
  }
`);
