/** The EC2 query-protocol XML of each estate resource, with the element names the @aws-sdk/client-ec2 parser reads. */
import type { Instance, SecurityGroup, Snapshot, Volume, Vpc } from './estate';
import { el, itemSet, wrap } from './xml';

const launched = '2024-03-01T10:00:00.000Z';
const tags = (name: string) => itemSet('tagSet', [{ k: 'Name', v: name }], (t) => el('key', t.k) + el('value', t.v));

export function reservationXml(i: Instance, accountId: string): string {
  const instance =
    el('instanceId', i.id) +
    el('imageId', i.imageId) +
    wrap('instanceState', el('code', i.state === 'running' ? 16 : 80) + el('name', i.state)) +
    el('instanceType', 't3.micro') +
    el('launchTime', launched) +
    el('subnetId', i.subnetId) +
    el('vpcId', i.vpcId) +
    el('privateIpAddress', i.privateIp) +
    el('ipAddress', i.publicIp) +
    itemSet('groupSet', i.groupIds, (g) => el('groupId', g) + el('groupName', g)) +
    (i.profileArn ? wrap('iamInstanceProfile', el('arn', i.profileArn) + el('id', `AIPA${i.id.slice(2)}`)) : '') +
    wrap('metadataOptions', el('state', 'applied') + el('httpTokens', i.httpTokens) + el('httpPutResponseHopLimit', 1) + el('httpEndpoint', 'enabled')) +
    tags(i.id);
  return el('reservationId', `r-${i.id.slice(2)}`) + el('ownerId', accountId) + itemSet('instancesSet', [instance], (x) => x);
}

const rule = (port: number | undefined) =>
  port === undefined
    ? el('ipProtocol', 'tcp') + el('fromPort', 443) + el('toPort', 443) + itemSet('ipRanges', ['10.0.0.0/8'], (c) => el('cidrIp', c))
    : el('ipProtocol', 'tcp') + el('fromPort', port) + el('toPort', port) + itemSet('ipRanges', ['0.0.0.0/0'], (c) => el('cidrIp', c));

export function securityGroupXml(g: SecurityGroup, accountId: string): string {
  const ingress = g.name === 'default' ? [] : [g.openPort];
  return (
    el('ownerId', accountId) +
    el('groupId', g.id) +
    el('groupName', g.name) +
    el('groupDescription', `${g.name} group`) +
    el('vpcId', g.vpcId) +
    itemSet('ipPermissions', ingress, rule) +
    itemSet('ipPermissionsEgress', [0], () => el('ipProtocol', '-1') + itemSet('ipRanges', ['0.0.0.0/0'], (c) => el('cidrIp', c))) +
    tags(g.name)
  );
}

export function volumeXml(v: Volume): string {
  const attachments = v.instanceId ? [v.instanceId] : [];
  return (
    el('volumeId', v.id) +
    el('size', v.sizeGiB) +
    el('availabilityZone', 'a') +
    el('status', attachments.length ? 'in-use' : 'available') +
    el('createTime', launched) +
    itemSet('attachmentSet', attachments, (id) => el('volumeId', v.id) + el('instanceId', id) + el('device', '/dev/xvda') + el('status', 'attached')) +
    el('volumeType', 'gp3') +
    el('encrypted', v.encrypted) +
    (v.encrypted ? el('kmsKeyId', 'arn:aws:kms:us-east-1:123456789012:key/bench') : '')
  );
}

export function networkInterfaceXml(i: Instance): string {
  return (
    el('networkInterfaceId', `eni-${i.id.slice(2)}`) +
    el('subnetId', i.subnetId) +
    el('vpcId', i.vpcId) +
    el('status', 'in-use') +
    el('privateIpAddress', i.privateIp) +
    itemSet('groupSet', i.groupIds, (g) => el('groupId', g) + el('groupName', g)) +
    wrap('attachment', el('instanceId', i.id) + el('status', 'attached'))
  );
}

export function vpcXml(v: Vpc, accountId: string): string {
  return el('vpcId', v.id) + el('state', 'available') + el('cidrBlock', v.cidr) + el('isDefault', false) + el('ownerId', accountId) + tags(v.id);
}

export function subnetXml(v: Vpc, subnetId: string): string {
  return el('subnetId', subnetId) + el('vpcId', v.id) + el('state', 'available') + el('cidrBlock', v.cidr) + el('mapPublicIpOnLaunch', subnetId.endsWith('1'));
}

export function networkAclXml(v: Vpc): string {
  const entry = el('ruleNumber', 100) + el('protocol', '-1') + el('ruleAction', 'allow') + el('egress', false) + el('cidrBlock', '0.0.0.0/0');
  return el('networkAclId', `acl-${v.id.slice(4)}`) + el('vpcId', v.id) + el('default', true) + itemSet('entrySet', [entry], (x) => x);
}

export function routeTableXml(v: Vpc): string {
  const route = el('destinationCidrBlock', v.cidr) + el('gatewayId', 'local') + el('state', 'active');
  return el('routeTableId', `rtb-${v.id.slice(4)}`) + el('vpcId', v.id) + itemSet('routeSet', [route], (x) => x);
}

export function snapshotXml(s: Snapshot, accountId: string): string {
  return (
    el('snapshotId', s.id) +
    el('volumeId', s.volumeId) +
    el('status', 'completed') +
    el('startTime', launched) +
    el('progress', '100%') +
    el('ownerId', accountId) +
    el('volumeSize', 8) +
    el('encrypted', s.encrypted)
  );
}

export function imageXml(imageId: string): string {
  return el('imageId', imageId) + el('name', `al2023-${imageId}`) + el('imageOwnerId', '137112412989') + el('isPublic', true) + el('imageState', 'available') + el('creationDate', launched);
}
