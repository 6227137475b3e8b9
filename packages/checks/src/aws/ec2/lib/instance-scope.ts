import type { Ec2Instance } from '@cspmexa/resources';
import { unknownMissingField, type Evaluation } from '../../../engine/result';

// Instances on their way out hold no configuration worth judging; their findings resolve as they disappear.
const GONE = new Set(['shutting-down', 'terminated']);

/**
 * The common gate of the instance checks: `'skip'` for terminated instances (no verdict), UNKNOWN when
 * DescribeInstances came back without a State (an incomplete answer: absent fields such as PublicIpAddress or
 * IamInstanceProfile can then not be read as "none"), else `'judge'`.
 */
export function instanceScope(instance: Ec2Instance, question: string): 'judge' | 'skip' | Evaluation {
  if (instance.state === undefined) return unknownMissingField(instance.arn, question, 'DescribeInstances', 'state');
  return GONE.has(instance.state) ? 'skip' : 'judge';
}

export const INSTANCE_REFERENCES = {
  imds: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-existing-instances.html',
  userData: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/user-data.html',
  profiles: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2_instance-profiles.html',
  publicIp: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-instance-addressing.html',
} as const;
