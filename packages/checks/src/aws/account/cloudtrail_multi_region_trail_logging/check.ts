import { defineCheck } from '../../../engine/define-check';
import { CLOUDTRAIL_DOCS, terraformTrail } from '../lib/references';
import { logging, multiRegion, recordsManagementEvents } from '../lib/trail-facts';
import { judgeAccountTrails } from '../lib/trail-requirements';

export const check = defineCheck({
  metadata: {
    id: 'cloudtrail_multi_region_trail_logging',
    shortId: 'ACC-01',
    title: 'A multi-region CloudTrail trail is logging all management events',
    severity: 'HIGH',
    service: 'account',
    resourceKind: 'aws.cloudtrail.account',
    description:
      'Checks that at least one trail of the account (organization trails included) is multi-region (IsMultiRegionTrail), is logging now (GetTrailStatus IsLogging) and records management events, read and write, through classic or advanced event selectors. One such trail in any home region covers every region, including regions enabled later.',
    risk:
      'Without a trail recording every region, API activity in an unwatched region (a favourite place for cryptominers and persistence) leaves no record, and an incident can be neither detected nor reconstructed.',
    remediation: {
      text: 'Make one trail multi-region, have it record all management events (ReadWriteType All), and start logging; or create such a trail, ideally an organization trail delivering to a log archive account.',
      cli: [
        'aws cloudtrail update-trail --name <trail> --is-multi-region-trail --include-global-service-events',
        'aws cloudtrail put-event-selectors --trail-name <trail> --event-selectors \'[{"ReadWriteType":"All","IncludeManagementEvents":true}]\'',
        'aws cloudtrail start-logging --name <trail>',
      ].join('\n'),
      terraform: terraformTrail('  enable_logging                = true', '', '  event_selector {', '    read_write_type           = "All"', '    include_management_events = true', '  }'),
    },
    references: [CLOUDTRAIL_DOCS.multiRegion, CLOUDTRAIL_DOCS.managementEvents, CLOUDTRAIL_DOCS.status],
    compliance: { 'cis-aws-3.0.0': ['3.1'], 'cis-aws-5.0.0': ['3.1'] },
    settings: {
      /** CIS asks for ReadWriteType All; off, a trail recording write-only management events also passes. */
      requireReadEvents: true,
    },
  },
  evaluate(account, { settings }) {
    return judgeAccountTrails(account, {
      question: 'whether a multi-region trail logs management events',
      failure: 'No multi-region trail is logging management events',
      requirements: [multiRegion, logging, recordsManagementEvents(settings.requireReadEvents)],
      passed: (view) => `Trail ${view.trailName} (home region ${view.homeRegion}) is multi-region, logging, and records management events`,
    });
  },
});
