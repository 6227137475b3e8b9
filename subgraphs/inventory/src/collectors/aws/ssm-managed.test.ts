import * as ec2 from '@aws-sdk/client-ec2';
import * as ssm from '@aws-sdk/client-ssm';
import type { Ec2Instance } from '@cspmexa/resources';
import { afterEach, describe, expect, it } from 'vitest';
import { collectEc2 } from './ec2';
import { awsError, installEstate, mocks } from './fixtures/estate';
import { retryingCaller, testScanContext } from './test-support';

const instances = async (ctx = testScanContext()) => {
  const out = await collectEc2(ctx);
  return { errors: out.errors, instances: out.resources.filter((r): r is Ec2Instance => r.kind === 'aws.ec2.instance') };
};

function twoInstances() {
  mocks.ec2.on(ec2.DescribeInstancesCommand).resolves({ Reservations: [{ Instances: [{ InstanceId: 'i-1', State: { Name: 'running' } }, { InstanceId: 'i-2', State: { Name: 'running' } }] }] });
}

describe('SSM managed instances (EC2-18)', () => {
  afterEach(() => Object.values(mocks).forEach((m) => m.reset()));

  it('joins DescribeInstanceInformation onto each instance of the region; an instance SSM does not list is absent', async () => {
    installEstate();
    twoInstances();
    const { instances: [one, two], errors } = await instances();
    expect(errors).toEqual([]);
    expect(one?.ssm).toEqual({ state: 'ok', value: { pingStatus: 'Online', agentVersion: '3.3.1', platformType: 'Linux' } });
    expect(two?.ssm).toEqual({ state: 'absent' });
  });

  it('follows every page (50 per page)', async () => {
    installEstate();
    twoInstances();
    mocks.ssm
      .on(ssm.DescribeInstanceInformationCommand)
      .resolvesOnce({ InstanceInformationList: [{ InstanceId: 'i-1', PingStatus: 'Online' }], NextToken: 'n2' })
      .resolvesOnce({ InstanceInformationList: [{ InstanceId: 'i-2', PingStatus: 'ConnectionLost' }] });
    const { instances: [, two] } = await instances();
    expect(two?.ssm).toEqual({ state: 'ok', value: { pingStatus: 'ConnectionLost' } });
    expect(mocks.ssm.commandCalls(ssm.DescribeInstanceInformationCommand).map((c) => c.args[0].input)).toEqual([
      { MaxResults: 50, NextToken: undefined },
      { MaxResults: 50, NextToken: 'n2' },
    ]);
  });

  it('X3 denied: one error for the region naming ssm:DescribeInstanceInformation, each instance carries it', async () => {
    installEstate((api) => (api === 'ssm:DescribeInstanceInformation' ? awsError('AccessDeniedException', 400) : undefined));
    twoInstances();
    const { instances: list, errors } = await instances();
    expect(errors).toEqual([{ api: 'ssm:DescribeInstanceInformation', region: 'us-east-1', code: 'AccessDeniedException', message: 'AccessDeniedException (injected) (needs ssm:DescribeInstanceInformation)' }]);
    expect(list.map((i) => i.ssm?.state)).toEqual(['error', 'error']);
    expect(list[0]?.userData.state).toBe('ok');
  });

  it('X1 retries a throttled page', async () => {
    let throttled = 0;
    installEstate((api) => (api === 'ssm:DescribeInstanceInformation' && throttled++ < 2 ? awsError('ThrottlingException', 400) : undefined));
    const { instances: [one], errors } = await instances(testScanContext({ caller: retryingCaller() }));
    expect(errors).toEqual([]);
    expect(one?.ssm?.state).toBe('ok');
  });

  it('asks SSM nothing in a region without instances', async () => {
    installEstate();
    mocks.ec2.on(ec2.DescribeInstancesCommand).resolves({ Reservations: [] });
    await instances();
    expect(mocks.ssm.commandCalls(ssm.DescribeInstanceInformationCommand)).toHaveLength(0);
  });
});
