import { graphql } from '../../gql';

export const MuteFindingsDocument = graphql(`
  mutation MuteFindings($ids: [ID!]!, $reason: String!, $expiresAt: DateTime) {
    muteFindings(ids: $ids, reason: $reason, expiresAt: $expiresAt) {
      id
      findingCount
      expiresAt
    }
  }
`);

export const DeleteMuteRuleDocument = graphql(`
  mutation DeleteMuteRule($id: ID!) {
    deleteMuteRule(id: $id)
  }
`);

/** Lists and counts that a mute changes; refetched by operation name after a mute or unmute. */
export const QUERIES_CHANGED_BY_MUTE = ['Findings', 'FindingFacets', 'FindingDetail', 'Overview', 'FindingsBreakdown', 'MuteRules'];
