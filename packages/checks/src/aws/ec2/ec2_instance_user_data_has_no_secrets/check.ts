import { defineCheck } from '../../../engine/define-check';
import { fail, pass, unknownBecause } from '../../../engine/result';
import { INSTANCE_REFERENCES, instanceScope } from '../lib/instance-scope';
import { secretFindings, USER_DATA_REMEDIATION } from '../lib/user-data-secrets';

export const check = defineCheck({
  metadata: {
    id: 'ec2_instance_user_data_has_no_secrets',
    shortId: 'EC2-16',
    title: 'EC2 instance user data contains no secrets',
    severity: 'HIGH',
    service: 'ec2',
    resourceKind: 'aws.ec2.instance',
    description:
      'Checks the secret indicators the collector\'s scanner found in DescribeInstanceAttribute(userData) (AWS keys, private keys, tokens, passwords). The text itself is never stored. Indicator names in ignoredIndicators are accepted.',
    risk: 'User data is readable by anyone with ec2:DescribeInstanceAttribute and by every process on the instance through the metadata service; a secret there is shared far beyond its intended reader.',
    remediation: {
      text: USER_DATA_REMEDIATION,
      cli: 'aws ec2 stop-instances --instance-ids <instance-id>\naws ec2 modify-instance-attribute --instance-id <instance-id> --attribute userData --value file://clean-user-data.b64',
      terraform: 'resource "aws_instance" "app" {\n  # ...\n  user_data = templatefile("boot.sh", { secret_arn = aws_secretsmanager_secret.app.arn }) # fetch at boot\n}',
    },
    references: [INSTANCE_REFERENCES.userData, 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/intro.html'],
    compliance: {},
    settings: {
      /** Indicator names not to report. */
      ignoredIndicators: [] as readonly string[],
    },
  },
  evaluate(instance, { settings }) {
    const question = `whether ${instance.instanceId}'s user data holds secrets`;
    const scope = instanceScope(instance, question);
    if (scope === 'skip') return [];
    if (scope !== 'judge') return scope;
    const data = instance.userData;
    if (data.state === 'error') return unknownBecause(instance.arn, question, data);
    if (data.state === 'absent') return pass(instance.arn, `${instance.instanceId} has no user data`);
    const found = secretFindings(data.value, settings.ignoredIndicators);
    return found.length === 0
      ? pass(instance.arn, `No secret pattern found in ${instance.instanceId}'s user data`)
      : fail(instance.arn, `${instance.instanceId}'s user data contains ${found.join(', ')}`, { indicators: found, sha256: data.value.sha256 });
  },
});
