import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { DescribeSecurityGroupsCommand, DescribeSnapshotAttributeCommand, EC2Client } from '@aws-sdk/client-ec2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The collectors tell "AWS sent an empty list" (no rules, not shared: a fact) from "AWS sent no list" (unknown)
 * by `[]` versus `undefined`. That rests on how the pinned SDK parses EC2's XML, checked here over real HTTP: an
 * SDK upgrade that read an empty element as `undefined` would turn every private snapshot and rule-less group
 * UNKNOWN, and one that read a missing element as `[]` would turn unknowns into PASSes.
 */
const NS = 'http://ec2.amazonaws.com/doc/2016-11-15/';
const answers: Record<string, string> = {
  'snap-empty': `<DescribeSnapshotAttributeResponse xmlns="${NS}"><requestId>r</requestId><snapshotId>snap-empty</snapshotId><createVolumePermission/></DescribeSnapshotAttributeResponse>`,
  'snap-missing': `<DescribeSnapshotAttributeResponse xmlns="${NS}"><requestId>r</requestId><snapshotId>snap-missing</snapshotId></DescribeSnapshotAttributeResponse>`,
  groups: `<DescribeSecurityGroupsResponse xmlns="${NS}"><requestId>r</requestId><securityGroupInfo><item><groupId>sg-empty</groupId><ipPermissions/><ipPermissionsEgress/></item><item><groupId>sg-missing</groupId></item></securityGroupInfo></DescribeSecurityGroupsResponse>`,
};

describe('the EC2 SDK reads an empty XML list as [] and a missing one as undefined', () => {
  let server: http.Server;
  let ec2: EC2Client;

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        const form = new URLSearchParams(body);
        res.setHeader('content-type', 'text/xml');
        res.end(answers[form.get('SnapshotId') ?? 'groups']);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    ec2 = new EC2Client({ region: 'us-east-1', endpoint: `http://127.0.0.1:${port}`, credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
  });

  afterAll(async () => {
    ec2.destroy();
    await new Promise((resolve) => server.close(resolve));
  });

  it('DescribeSnapshotAttribute createVolumePermission', async () => {
    const read = (SnapshotId: string) => ec2.send(new DescribeSnapshotAttributeCommand({ SnapshotId, Attribute: 'createVolumePermission' }));
    expect((await read('snap-empty')).CreateVolumePermissions).toEqual([]);
    expect((await read('snap-missing')).CreateVolumePermissions).toBeUndefined();
  });

  it('DescribeSecurityGroups ipPermissions and ipPermissionsEgress', async () => {
    const groups = (await ec2.send(new DescribeSecurityGroupsCommand({}))).SecurityGroups ?? [];
    expect(groups.map((g) => [g.GroupId, g.IpPermissions, g.IpPermissionsEgress])).toEqual([
      ['sg-empty', [], []],
      ['sg-missing', undefined, undefined],
    ]);
  });
});
