import type { Ec2SecurityGroup } from '@cspmexa/resources';
import { fail, pass, unknownBecause, unknownMissingField, type Evaluation } from '../../../engine/result';
import { describeExposure, type InternetExposure } from './sg-rules';

/**
 * Turns the internet exposures a check found on a group into its verdict. A group attached to no network
 * interface filters no traffic, so by default (as Prowler does) its open rules are reported as latent, not as a
 * failure; `includeUnusedGroups` judges every group as CIS 5.2/5.3 does. When attachment could not be read the
 * open rules may or may not be live: UNKNOWN, naming DescribeNetworkInterfaces.
 */
export function judgeExposures(
  group: Ec2SecurityGroup,
  exposures: readonly InternetExposure[],
  what: string,
  includeUnusedGroups: boolean,
): Evaluation {
  const label = `Security group ${group.groupId} (${group.groupName})`;
  if (exposures.length === 0) return pass(group.arn, `${label} allows no internet ingress to ${what}`);
  const evidence = { exposures };
  const exposed = `${label} allows internet ingress to ${what}: ${exposures.map(describeExposure).join('; ')}`;
  if (includeUnusedGroups) return fail(group.arn, exposed, evidence);
  const attached = group.attachedNetworkInterfaceIds;
  if (attached.state === 'error') return unknownBecause(group.arn, `whether ${label} is in use (${exposed})`, attached);
  const interfaces = attached.state === 'ok' ? attached.value : [];
  if (interfaces.length === 0) {
    return pass(group.arn, `${exposed}; but no network interface uses the group, so nothing is exposed yet`, {
      ...evidence,
      attachedNetworkInterfaceIds: [],
    });
  }
  return fail(group.arn, `${exposed} (used by ${interfaces.length} network interface(s))`, {
    ...evidence,
    attachedNetworkInterfaceIds: interfaces,
  });
}

/** UNKNOWN for a group whose rule list the answer left out: no list is not "no rules". */
export function unknownRules(group: Ec2SecurityGroup, field: 'ingress' | 'egress'): Evaluation {
  const direction = field === 'ingress' ? 'inbound' : 'outbound';
  return unknownMissingField(group.arn, `which ${direction} rules security group ${group.groupId} has`, 'DescribeSecurityGroups', field);
}
