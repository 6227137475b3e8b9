/**
 * Which instances of one region Systems Manager manages (EC2-18): ssm:DescribeInstanceInformation, every page (at
 * most 50 per page), read once per region that has instances and joined onto each instance. An instance SSM does
 * not list is `absent`; when the list cannot be read every instance of the region carries that error.
 */
import { DescribeInstanceInformationCommand, SSMClient, type InstanceInformation } from '@aws-sdk/client-ssm';
import { absent, ok, type Collected, type SsmManagedInstance } from '@cspmexa/resources';
import type { ApiRef } from './calls/aws-caller';
import { readList } from './calls/read-list';
import type { Ec2RegionScope } from './ec2-scope';
import { iso } from './ec2-normalize';

const SSM_PAGE_SIZE = 50;

function normalize(info: InstanceInformation): SsmManagedInstance {
  return {
    ...(info.PingStatus ? { pingStatus: info.PingStatus } : {}),
    ...(info.LastPingDateTime ? { lastPingDateTime: iso(info.LastPingDateTime) } : {}),
    ...(info.AgentVersion ? { agentVersion: info.AgentVersion } : {}),
    ...(info.PlatformType ? { platformType: info.PlatformType } : {}),
  };
}

export type ManagedInstances = Collected<Map<string, SsmManagedInstance>>;

export async function ssmManagedInstances(s: Ec2RegionScope): Promise<ManagedInstances> {
  const api: ApiRef = { service: 'ssm', operation: 'DescribeInstanceInformation', region: s.region, apiClass: 'ssm' };
  const ssm = s.ctx.client(SSMClient, s.region);
  const listed = await readList(
    s.ctx.caller,
    s.errors,
    api,
    (NextToken) => ssm.send(new DescribeInstanceInformationCommand({ MaxResults: SSM_PAGE_SIZE, NextToken })),
    (o) => ({ items: o.InstanceInformationList, next: o.NextToken }),
  );
  if (listed.state !== 'ok') return listed as Collected<never>;
  return ok(new Map(listed.value.flatMap((i) => (i.InstanceId ? [[i.InstanceId, normalize(i)] as const] : []))));
}

/** The `ssm` part of one instance. */
export function ssmPartOf(managed: ManagedInstances, instanceId: string): Collected<SsmManagedInstance> {
  if (managed.state !== 'ok') return managed as Collected<never>;
  const info = managed.value.get(instanceId);
  return info ? ok(info) : absent();
}
