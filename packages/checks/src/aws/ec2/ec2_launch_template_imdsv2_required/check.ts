import { defineCheck } from '../../../engine/define-check';
import { fail, pass } from '../../../engine/result';
import { INSTANCE_REFERENCES } from '../lib/instance-scope';
import { isVerdict, versionList, versionsToJudge } from '../lib/template-versions';

export const check = defineCheck({
  metadata: {
    id: 'ec2_launch_template_imdsv2_required',
    shortId: 'EC2-12',
    title: 'Launch template requires IMDSv2 in every version',
    severity: 'HIGH',
    service: 'ec2',
    resourceKind: 'aws.ec2.launch_template',
    description:
      'Checks LaunchTemplateData.MetadataOptions of every version (DescribeLaunchTemplateVersions): HttpTokens "required" or HttpEndpoint "disabled". A version that sets neither leaves the choice to the account default and the AMI, so it fails. Setting defaultVersionOnly judges only the default version.',
    risk: 'Instances launched from the template (often by Auto Scaling, unattended) accept IMDSv1, exposing their role credentials to server-side request forgery.',
    remediation: {
      text: 'Create a new template version with HttpTokens required, make it the default, and delete older versions that allow IMDSv1.',
      cli: 'aws ec2 create-launch-template-version --launch-template-id <lt-id> --source-version <n> --launch-template-data \'{"MetadataOptions":{"HttpTokens":"required"}}\'\naws ec2 modify-launch-template --launch-template-id <lt-id> --default-version <new>',
      terraform: 'resource "aws_launch_template" "web" {\n  # ...\n  metadata_options {\n    http_tokens   = "required"\n    http_endpoint = "enabled"\n  }\n}',
    },
    references: [INSTANCE_REFERENCES.imds, 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-new-instances.html'],
    compliance: {},
    settings: {
      /** Judge only the default version instead of every launchable version. */
      defaultVersionOnly: false,
    },
  },
  evaluate(template, { settings }) {
    const label = `Launch template ${template.launchTemplateName}`;
    const versions = versionsToJudge(template, `whether ${label} requires IMDSv2`, settings.defaultVersionOnly);
    if (isVerdict(versions)) return versions;
    const weak = versions.filter((v) => v.metadataOptions?.httpEndpoint !== 'disabled' && v.metadataOptions?.httpTokens !== 'required');
    if (weak.length === 0) return pass(template.arn, `${label} requires IMDSv2 in version(s) ${versionList(versions) || '(none)'}`);
    return fail(template.arn, `${label} does not require IMDSv2 in version(s) ${versionList(weak)}`, {
      versions: weak.map((v) => ({ versionNumber: v.versionNumber, httpTokens: v.metadataOptions?.httpTokens ?? null })),
    });
  },
});
