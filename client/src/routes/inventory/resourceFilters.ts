import type { ResourceFilter } from '../../gql/graphql';

/**
 * The Inventory view's filters live in the URL (`?kind=aws.s3.bucket&account=<id>&region=eu-west-1&q=logs`) so a
 * view can be shared and survives reload. Empty values mean "no constraint" and are left out of both.
 */
export interface ResourceFilters {
  kind: string;
  account: string;
  region: string;
  text: string;
}

const PARAM: Readonly<Record<keyof ResourceFilters, string>> = {
  kind: 'kind',
  account: 'account',
  region: 'region',
  text: 'q',
};

const FIELDS = Object.keys(PARAM) as (keyof ResourceFilters)[];

export const NO_RESOURCE_FILTERS: ResourceFilters = { kind: '', account: '', region: '', text: '' };

export function readResourceFilters(params: URLSearchParams): ResourceFilters {
  const filters = { ...NO_RESOURCE_FILTERS };
  for (const field of FIELDS) filters[field] = (params.get(PARAM[field]) ?? '').trim();
  return filters;
}

export function writeResourceFilters(params: URLSearchParams, filters: ResourceFilters): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const field of FIELDS) {
    const value = filters[field].trim();
    if (value) next.set(PARAM[field], value);
    else next.delete(PARAM[field]);
  }
  return next;
}

/** The API filter, without empty fields (an empty string would be a real constraint to the server). */
export function toResourceFilter(filters: ResourceFilters): ResourceFilter {
  return {
    ...(filters.kind && { kind: filters.kind }),
    ...(filters.account && { accountId: filters.account }),
    ...(filters.region && { region: filters.region }),
    ...(filters.text && { text: filters.text }),
  };
}

export function hasResourceFilters(filters: ResourceFilters): boolean {
  return FIELDS.some((field) => filters[field] !== '');
}
