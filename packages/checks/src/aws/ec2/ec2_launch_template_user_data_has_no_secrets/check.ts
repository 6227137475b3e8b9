import { defineCheck } from '../../../engine/define-check';
import { fail, pass } from '../../../engine/result';
import { INSTANCE_REFERENCES } from '../lib/instance-scope';
import { isVerdict, versionList, versionsToJudge } from '../lib/template-versions';
import { secretFindings, USER_DATA_REMEDIATION } from '../lib/user-data-secrets';

export const check = defineCheck({
  metadata: {
    id: 'ec2_launch_template_user_data_has_no_secrets',
    shortId: 'EC2-17',
    title: 'Launch template user data contains no secrets in any version',
    severity: 'HIGH',
    service: 'ec2',
    resourceKind: 'aws.ec2.launch_template',
    description:
      'Checks the secret indicators the collector found in LaunchTemplateData.UserData of every version (DescribeLaunchTemplateVersions); old versions count, since they stay readable and launchable. Indicator names in ignoredIndicators are accepted.',
    risk: 'Template versions are never edited, only added: a secret in any version stays readable by anyone with ec2:DescribeLaunchTemplateVersions, and is copied into every instance launched from it.',
    remediation: {
      text: `${USER_DATA_REMEDIATION} Delete the template versions that contain it.`,
      cli: 'aws ec2 delete-launch-template-versions --launch-template-id <lt-id> --versions <n>',
      terraform: 'resource "aws_launch_template" "web" {\n  # ...\n  user_data = base64encode(templatefile("boot.sh", { secret_arn = aws_secretsmanager_secret.app.arn }))\n}',
    },
    references: [INSTANCE_REFERENCES.userData, 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/manage-launch-template-versions.html'],
    compliance: {},
    settings: {
      /** Indicator names not to report. */
      ignoredIndicators: [] as readonly string[],
    },
  },
  evaluate(template, { settings }) {
    const label = `Launch template ${template.launchTemplateName}`;
    const versions = versionsToJudge(template, `whether ${label}'s user data holds secrets`, false);
    if (isVerdict(versions)) return versions;
    const leaking = versions
      .map((v) => ({ versionNumber: v.versionNumber, indicators: secretFindings(v.userData, settings.ignoredIndicators) }))
      .filter((v) => v.indicators.length > 0);
    if (leaking.length === 0) return pass(template.arn, `No secret pattern in the user data of ${label} (version(s) ${versionList(versions) || 'none'})`);
    const what = leaking.map((v) => `version ${v.versionNumber}: ${v.indicators.join(', ')}`).join('; ');
    return fail(template.arn, `${label} user data contains secrets (${what})`, { versions: leaking });
  },
});
