import type { FindingFacetsQuery, FindingsQuery } from '../../gql/graphql';
import { FindingFacetsDocument, FINDINGS_PAGE_SIZE, FindingsDocument } from './findings';

/** Builders for the Findings page's mocked responses (tests only). */
export type FindingNode = FindingsQuery['findings']['edges'][number]['node'];

export function finding(id: string, title: string, severity: FindingNode['severity']): FindingNode {
  return {
    __typename: 'Finding',
    id,
    shortId: `S3-0${id}`,
    title,
    severity,
    status: 'OPEN',
    checkId: 's3_bucket_public_access',
    resourceArn: `arn:aws:s3:::bucket-${id}`,
    region: 'eu-west-1',
    accountId: '123456789012',
    firstSeenAt: '2026-01-01T10:00:00.000Z',
    lastSeenAt: '2026-01-02T10:00:00.000Z',
  };
}

export function findingsPage(
  nodes: FindingNode[],
  { totalCount = nodes.length, endCursor = 'c-end', hasNextPage = false } = {},
) {
  return {
    data: {
      findings: {
        __typename: 'FindingConnection' as const,
        totalCount,
        edges: nodes.map((node) => ({ __typename: 'FindingEdge' as const, cursor: `c-${node.id}`, node })),
        pageInfo: { __typename: 'PageInfo' as const, endCursor, hasNextPage },
      },
    },
  };
}

type Counts = Record<string, number>;
const facet = (counts: Counts) =>
  Object.entries(counts).map(([value, count]) => ({ __typename: 'FacetCount' as const, value, count }));

export function facetsResult(counts: Partial<Record<'severity' | 'status' | 'service' | 'account' | 'check', Counts>>) {
  const findingFacets: FindingFacetsQuery['findingFacets'] = {
    __typename: 'FindingFacets',
    severity: facet(counts.severity ?? {}),
    status: facet(counts.status ?? {}),
    service: facet(counts.service ?? {}),
    account: facet(counts.account ?? {}),
    check: facet(counts.check ?? {}),
  };
  return { data: { findingFacets } };
}

export const publicBucket = finding('1', 'S3 bucket is not publicly accessible', 'CRITICAL');
export const openSsh = finding('2', 'Security group does not allow SSH from anywhere', 'HIGH');
export const noMfa = finding('3', 'Root account has MFA', 'CRITICAL');
export const facets = facetsResult({
  severity: { CRITICAL: 1, HIGH: 1 },
  status: { OPEN: 2 },
  service: { s3: 1, ec2: 1 },
  account: { '123456789012': 2 },
  check: { s3_bucket_public_access: 1, ec2_sg_no_public_ssh: 1 },
});
const ALWAYS = Number.POSITIVE_INFINITY;

/** The unfiltered list and its facets; answered as often as the page asks (refetches after a mute). */
export function unfilteredMocks(nodes = [publicBucket, openSsh]) {
  return [
    {
      request: { query: FindingsDocument, variables: { filter: {}, first: FINDINGS_PAGE_SIZE } },
      result: findingsPage(nodes),
      maxUsageCount: ALWAYS,
    },
    { request: { query: FindingFacetsDocument, variables: { filter: {} } }, result: facets, maxUsageCount: ALWAYS },
  ];
}
