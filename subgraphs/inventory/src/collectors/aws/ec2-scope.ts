/**
 * What the EC2 and VPC collectors share for one region: the client, API references in the right rate class, a
 * paginated list that records its failure instead of throwing (one denied Describe* loses that kind in that
 * region, nothing else), and the part reader for per-resource calls.
 */
import type { EC2Client } from '@aws-sdk/client-ec2';
import type { Collected } from '@cspmexa/resources';
import type { ScanErrorRecord } from '../../domain/scan-error';
import type { ApiClass } from './calls/api-limits';
import type { ApiRef } from './calls/aws-caller';
import { partReader, type PartReader } from './calls/read-part';
import { readList } from './calls/read-list';
import type { AwsScanContext } from './collector';

export interface Ec2RegionScope {
  ctx: AwsScanContext;
  region: string;
  ec2: EC2Client;
  errors: ScanErrorRecord[];
  read: PartReader;
  api(operation: string, apiClass?: ApiClass): ApiRef;
  /** Every page of a list; `undefined` (and a ScanError) when it could not be read. */
  list<Out, Item>(
    operation: string,
    fetchPage: (token: string | undefined) => Promise<Out>,
    read: (out: Out) => { items: readonly Item[] | undefined; next: string | undefined },
  ): Promise<Item[] | undefined>;
  /** The same as a `Collected` part of a resource (e.g. the versions of one launch template). */
  listPart<Out, Item>(
    operation: string,
    fetchPage: (token: string | undefined) => Promise<Out>,
    read: (out: Out) => { items: readonly Item[] | undefined; next: string | undefined },
    resourceArn?: string,
  ): Promise<Collected<Item[]>>;
  arn(type: string, id: string): string;
}

export function ec2RegionScope(ctx: AwsScanContext, region: string, errors: ScanErrorRecord[]): Ec2RegionScope {
  const api = (operation: string, apiClass: ApiClass = 'ec2-describe'): ApiRef => ({ service: 'ec2', operation, region, apiClass });
  const listPart: Ec2RegionScope['listPart'] = (operation, fetchPage, read, resourceArn) =>
    readList(ctx.caller, errors, api(operation), fetchPage, read, { resourceArn });
  return {
    ctx,
    region,
    ec2: ctx.ec2(region),
    errors,
    read: partReader(ctx.caller, errors),
    api,
    listPart,
    async list(operation, fetchPage, read) {
      const part = await listPart(operation, fetchPage, read);
      return part.state === 'ok' ? part.value : undefined;
    },
    arn: (type, id) => {
      const account = type === 'snapshot' || type === 'image' ? '' : ctx.accountId;
      return `arn:${ctx.partition}:ec2:${region}:${account}:${type}/${id}`;
    },
  };
}

/** Page size for EC2 list calls: passing MaxResults keeps them in the "paginated" (cheaper) rate class. */
export const EC2_PAGE_SIZE = 1000;
