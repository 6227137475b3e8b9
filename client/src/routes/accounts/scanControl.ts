import { graphql } from '../../gql';

/** Live progress of one scan (graphql-ws through the gateway). */
export const ScanProgressLiveDocument = graphql(`
  subscription ScanProgressLive($scanId: ID!) {
    scanProgress(scanId: $scanId) {
      scanId
      status
      phase
      resourcesCollected
      apiCalls
      errors
      percentage
    }
  }
`);

export const CancelScanDocument = graphql(`
  mutation CancelScan($scanId: ID!) {
    cancelScan(scanId: $scanId) {
      id
      status
    }
  }
`);

export const ScheduleScansDocument = graphql(`
  mutation ScheduleScans($accountId: ID!, $cron: String) {
    scheduleScans(accountId: $accountId, cron: $cron) {
      id
      scanSchedule
    }
  }
`);
