import { graphql } from '../../gql';

export const POSTURE_TREND_DAYS = 30;

export const PostureTrendDocument = graphql(`
  query PostureTrend($accountId: ID!, $days: Int) {
    postureTrend(accountId: $accountId, days: $days) {
      scanId
      evaluatedAt
      passed
      failed
      muted
      unknown
      failedBySeverity {
        severity
        count
      }
      scores {
        framework
        score
      }
    }
  }
`);
