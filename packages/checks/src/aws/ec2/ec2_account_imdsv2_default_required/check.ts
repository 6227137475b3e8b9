import { defineCheck } from '../../../engine/define-check';
import { EC2_SETTINGS_REFERENCES, judgeRegionSetting } from '../lib/account-setting';

export const check = defineCheck({
  metadata: {
    id: 'ec2_account_imdsv2_default_required',
    shortId: 'EC2-11',
    title: 'Region defaults new EC2 instances to IMDSv2 only',
    severity: 'HIGH',
    service: 'ec2',
    resourceKind: 'aws.ec2.account',
    description: 'Checks GetInstanceMetadataDefaults AccountLevel.HttpTokens is "required" in the region, so instances launched without explicit metadata options get IMDSv2 only.',
    risk: 'Without the default, every launch path (console, scripts, third-party tools) must remember to require IMDSv2; one that forgets yields an instance whose role credentials an SSRF can read.',
    remediation: {
      text: 'Set the account-level IMDS default of every region you use to HttpTokens required (and a hop limit of 2 for containers).',
      cli: 'aws ec2 modify-instance-metadata-defaults --http-tokens required --http-put-response-hop-limit 2 --region <region>',
      terraform: 'resource "aws_ec2_instance_metadata_defaults" "this" {\n  http_tokens                 = "required"\n  http_put_response_hop_limit = 2\n}',
    },
    references: [EC2_SETTINGS_REFERENCES.imdsDefaults],
    compliance: {},
    settings: {},
  },
  evaluate: (region) =>
    judgeRegionSetting(region, region.instanceMetadataDefaults, 'IMDSv2 required by default', (d) => d.httpTokens === 'required', (d) => `HttpTokens ${d.httpTokens ?? 'not set'}`),
});
