/**
 * EC2 query protocol (`POST /`, form `Action=...&Version=2016-11-15`): list actions paged with MaxResults /
 * NextToken, the per-resource attribute reads and the account settings the collectors use. Unknown actions
 * answer 400 InvalidAction, as EC2 does.
 */
import { randomUUID } from 'node:crypto';
import { ec2Error, xmlAnswer, type Answer, type Routed } from './answer';
import { emptyRegion, type Estate, type RegionEstate } from './estate';
import { ec2Lists } from './ec2-lists';
import { ec2ApiClass } from './limits';
import { decodeToken, pageOf } from './pages';
import type { ParsedRequest } from './request';
import { el, itemSet, wrap } from './xml';

const xmlns = 'http://ec2.amazonaws.com/doc/2016-11-15/';
const response = (action: string, inner: string): Answer =>
  xmlAnswer(`<${action}Response xmlns="${xmlns}">${el('requestId', randomUUID())}${inner}</${action}Response>`);

function listAnswer(action: string, region: RegionEstate, estate: Estate, form: URLSearchParams): Answer {
  const list = ec2Lists[action];
  if (!list) return ec2Error(400, 'InvalidAction', `The action ${action} is not valid for this web service.`);
  const offset = decodeToken(action, form.get('NextToken'));
  if (offset === undefined) return ec2Error(400, 'InvalidParameterValue', 'The NextToken is invalid.');
  const maxResults = form.get('MaxResults');
  const size = maxResults === null ? undefined : Math.min(list.maxPage, Math.max(5, Number(maxResults)));
  const page = pageOf(action, list.items(region, estate, form), offset, size);
  return response(action, itemSet(list.resultSet, page.items, (xml) => xml) + el('nextToken', page.next));
}

function singleAnswer(action: string, region: RegionEstate, estate: Estate, form: URLSearchParams): Answer | undefined {
  switch (action) {
    case 'DescribeRegions': {
      const known = [...estate.regions.map((r) => ({ r, status: 'opt-in-not-required' })), { r: 'af-south-1', status: 'not-opted-in' }];
      return response(action, itemSet('regionInfo', known, (k) => el('regionName', k.r) + el('regionEndpoint', `ec2.${k.r}.amazonaws.com`) + el('optInStatus', k.status)));
    }
    case 'DescribeAddresses':
      return response(action, itemSet('addressesSet', [], () => ''));
    case 'DescribeInstanceAttribute': {
      const instance = region.instances.find((i) => i.id === form.get('InstanceId'));
      if (!instance) return ec2Error(400, 'InvalidInstanceID.NotFound', `The instance ID '${form.get('InstanceId')}' does not exist`);
      return response(action, el('instanceId', instance.id) + (instance.userData ? wrap('userData', el('value', instance.userData)) : '<userData/>'));
    }
    case 'DescribeSnapshotAttribute': {
      const snap = region.snapshots.find((s) => s.id === form.get('SnapshotId'));
      if (!snap) return ec2Error(400, 'InvalidSnapshot.NotFound', `The snapshot '${form.get('SnapshotId')}' does not exist.`);
      return response(action, el('snapshotId', snap.id) + itemSet('createVolumePermission', snap.public ? ['all'] : [], (g) => el('group', g)));
    }
    case 'GetEbsEncryptionByDefault':
      return response(action, el('ebsEncryptionByDefault', false));
    case 'GetEbsDefaultKmsKeyId':
      return response(action, el('kmsKeyId', 'alias/aws/ebs'));
    case 'GetInstanceMetadataDefaults':
      return response(action, wrap('accountLevel', el('httpTokens', 'required')));
    case 'GetSnapshotBlockPublicAccessState':
      return response(action, el('state', 'unblocked'));
    case 'GetImageBlockPublicAccessState':
      return response(action, el('imageBlockPublicAccessState', 'block-new-sharing'));
    default:
      return undefined;
  }
}

export function routeEc2(req: ParsedRequest, estate: Estate): Routed {
  const action = req.form.get('Action') ?? '';
  const region = estate.byRegion.get(req.region) ?? emptyRegion;
  return {
    api: action,
    apiClass: ec2ApiClass(action, req.form),
    respond: () => singleAnswer(action, region, estate, req.form) ?? listAnswer(action, region, estate, req.form),
    throttled: () => ec2Error(503, 'RequestLimitExceeded', 'Request limit exceeded.'),
  };
}
