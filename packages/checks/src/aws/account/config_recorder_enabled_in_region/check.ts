import { defineCheck } from '../../../engine/define-check';
import { fail, pass, unknownBecause } from '../../../engine/result';

export const check = defineCheck({
  metadata: {
    id: 'config_recorder_enabled_in_region',
    shortId: 'ACC-07',
    title: 'AWS Config is recording all resource types in the region',
    severity: 'MEDIUM',
    service: 'account',
    resourceKind: 'aws.config.region',
    description:
      'Checks, in every region the scan reads (regions not opted in are skipped, so they never fail), that a configuration recorder records all supported resource types (allSupported, or the ALL_SUPPORTED_RESOURCE_TYPES strategy) and that its status says recording, with a last delivery that did not fail.',
    risk:
      'Without AWS Config in a region, resource changes there leave no history: a security group opened for an hour, a bucket made public and closed again, or resources created by an intruder cannot be traced.',
    remediation: {
      text: 'Create a configuration recorder recording all supported resource types (global IAM types in one region only), a delivery channel, and start recording, in every enabled region (or deploy it with a CloudFormation StackSet or AWS Control Tower).',
      cli: [
        'aws configservice put-configuration-recorder --configuration-recorder name=default,roleARN=arn:aws:iam::<account>:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig --recording-group allSupported=true,includeGlobalResourceTypes=true --region <region>',
        'aws configservice put-delivery-channel --delivery-channel name=default,s3BucketName=<config-bucket> --region <region>',
        'aws configservice start-configuration-recorder --configuration-recorder-name default --region <region>',
      ].join('\n'),
      terraform: [
        'resource "aws_config_configuration_recorder" "this" {',
        '  name     = "default"',
        '  role_arn = aws_iam_service_linked_role.config.arn',
        '  recording_group {',
        '    all_supported                 = true',
        '    include_global_resource_types = true',
        '  }',
        '}',
        '',
        'resource "aws_config_configuration_recorder_status" "this" {',
        '  name       = aws_config_configuration_recorder.this.name',
        '  is_enabled = true',
        '  depends_on = [aws_config_delivery_channel.this]',
        '}',
      ].join('\n'),
    },
    references: [
      'https://docs.aws.amazon.com/config/latest/developerguide/stop-start-recorder.html',
      'https://docs.aws.amazon.com/config/latest/APIReference/API_DescribeConfigurationRecorderStatus.html',
      'https://docs.aws.amazon.com/config/latest/developerguide/select-resources.html',
    ],
    compliance: { 'cis-aws-3.0.0': ['3.3'], 'cis-aws-5.0.0': ['3.3'] },
    settings: {
      /** CIS asks for all supported types; off, a recorder of selected types that is recording passes. */
      requireAllResourceTypes: true,
    },
  },
  evaluate(region, { settings }) {
    const question = `whether AWS Config records in ${region.region}`;
    if (region.recorders.state === 'error') return unknownBecause(region.arn, question, region.recorders);
    const recorders = region.recorders.state === 'ok' ? region.recorders.value : [];
    if (recorders.length === 0) return fail(region.arn, `No AWS Config recorder exists in ${region.region}`, { recorders: [] });
    const eligible = recorders.filter((r) => r.allSupported || !settings.requireAllResourceTypes);
    if (eligible.length === 0) {
      return fail(region.arn, `The AWS Config recorder in ${region.region} records selected resource types only (${recorders.map((r) => r.name).join(', ')})`, { recorders });
    }
    if (region.statuses.state === 'error') return unknownBecause(region.arn, question, region.statuses);
    const statuses = region.statuses.state === 'ok' ? region.statuses.value : [];
    const problems = eligible.map((r) => {
      const status = statuses.find((s) => s.name === r.name);
      if (!status?.recording) return { recorder: r.name, problem: 'is not recording' };
      if (status.lastStatus?.toLowerCase() === 'failure') return { recorder: r.name, problem: `last delivery failed (${status.lastErrorCode ?? 'no error code'})` };
      return undefined;
    });
    const good = eligible.find((_, i) => problems[i] === undefined);
    if (good) return pass(region.arn, `AWS Config recorder ${good.name} records all resource types in ${region.region}`);
    const found = problems.flatMap((p) => (p ? [p] : []));
    return fail(region.arn, `AWS Config is not recording in ${region.region}: ${found.map((p) => `recorder ${p.recorder} ${p.problem}`).join('; ')}`, { problems: found });
  },
});
