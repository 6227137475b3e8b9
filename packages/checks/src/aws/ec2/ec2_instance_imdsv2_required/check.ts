import { defineCheck } from '../../../engine/define-check';
import { fail, pass, unknownMissingField } from '../../../engine/result';
import { INSTANCE_REFERENCES, instanceScope } from '../lib/instance-scope';

export const check = defineCheck({
  metadata: {
    id: 'ec2_instance_imdsv2_required',
    shortId: 'EC2-10',
    title: 'EC2 instance requires IMDSv2 or has the metadata service off',
    severity: 'HIGH',
    service: 'ec2',
    resourceKind: 'aws.ec2.instance',
    description:
      'Checks DescribeInstances MetadataOptions: HttpTokens must be "required" (session tokens, IMDSv2 only), or HttpEndpoint "disabled". Terminated instances are not judged.',
    risk: 'IMDSv1 answers any GET request, so a server-side request forgery in the application hands out the instance role\'s credentials, as in the Capital One breach.',
    remediation: {
      text: 'Require IMDSv2 on the instance once its software uses an SDK or agent that supports tokens (all current ones do); set the account default so new instances start that way (EC2-11).',
      cli: 'aws ec2 modify-instance-metadata-options --instance-id <instance-id> --http-tokens required --http-endpoint enabled',
      terraform: 'resource "aws_instance" "app" {\n  # ...\n  metadata_options {\n    http_tokens   = "required"\n    http_endpoint = "enabled"\n  }\n}',
    },
    references: [INSTANCE_REFERENCES.imds],
    compliance: { 'cis-aws-3.0.0': ['5.6'], 'cis-aws-5.0.0': ['5.7'] },
    settings: {},
  },
  evaluate(instance) {
    const question = `whether ${instance.instanceId} requires IMDSv2`;
    const scope = instanceScope(instance, question);
    if (scope === 'skip') return [];
    if (scope !== 'judge') return scope;
    const { httpTokens, httpEndpoint } = instance.metadataOptions ?? {};
    if (httpEndpoint === 'disabled') return pass(instance.arn, `${instance.instanceId} has the instance metadata service disabled`, { httpEndpoint });
    // DescribeInstances always reports HttpTokens; without it nothing says the instance is safe.
    if (httpTokens === undefined) return unknownMissingField(instance.arn, question, 'DescribeInstances', 'metadataOptions.httpTokens');
    return httpTokens === 'required'
      ? pass(instance.arn, `${instance.instanceId} requires IMDSv2`, { httpTokens })
      : fail(instance.arn, `${instance.instanceId} accepts IMDSv1 (HttpTokens ${httpTokens})`, { httpTokens, httpEndpoint });
  },
});
