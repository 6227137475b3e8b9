/**
 * The requirements the account-level CloudTrail checks combine: a multi-region trail, logging, recording
 * management events (classic or advanced selectors), recording S3 object-level data events for every bucket.
 */
import type { AdvancedEventSelector, AdvancedFieldSelector, TrailEventSelectors } from '@cspmexa/resources';
import { met, requirement, unmet, type TrailRequirement } from './trail-requirements';

export interface Directions {
  read: boolean;
  write: boolean;
}

const NONE: Directions = { read: false, write: false };
const union = (a: Directions, b: Directions): Directions => ({ read: a.read || b.read, write: a.write || b.write });
const fromReadWriteType = (t: 'All' | 'ReadOnly' | 'WriteOnly'): Directions => ({ read: t !== 'WriteOnly', write: t !== 'ReadOnly' });

const fieldOf = (s: AdvancedEventSelector, field: string) => s.fieldSelectors.filter((f) => f.field === field);

/** The directions an advanced selector's `readOnly` field lets through (no readOnly field: both). */
function advancedDirections(s: AdvancedEventSelector): Directions {
  let d = { read: true, write: true };
  for (const f of fieldOf(s, 'readOnly')) {
    const allows = (value: 'true' | 'false') => (f.equals === undefined || f.equals.includes(value)) && !(f.notEquals ?? []).includes(value);
    d = { read: d.read && allows('true'), write: d.write && allows('false') };
  }
  return d;
}

const isCategory = (s: AdvancedEventSelector, category: string) => fieldOf(s, 'eventCategory').some((f) => (f.equals ?? []).includes(category));

/** Management events recorded, by direction, from either kind of selector. */
export function managementEvents(selectors: TrailEventSelectors): Directions {
  let d = NONE;
  for (const s of selectors.selectors) if (s.includeManagementEvents) d = union(d, fromReadWriteType(s.readWriteType));
  for (const s of selectors.advancedSelectors) if (isCategory(s, 'Management')) d = union(d, advancedDirections(s));
  return d;
}

/** `arn:aws:s3`, `arn:aws:s3:::` (and other partitions): the classic selector value for every bucket. */
const ALL_BUCKETS = /^arn:[a-z-]+:s3(:::)?$/;

/** An advanced selector's resources.ARN condition that still admits every object of every bucket. */
function coversEveryArn(f: AdvancedFieldSelector): boolean {
  const onlyStartsWith = !f.equals && !f.endsWith && !f.notEquals && !f.notStartsWith && !f.notEndsWith;
  // A prefix of `arn:<partition>:s3:::` (the start of every object ARN) restricts nothing.
  return onlyStartsWith && (f.startsWith ?? []).some((prefix) => /^arn:([a-z-]+:(s3(:{0,3})?)?)?$/.test(prefix));
}

// Any other condition (eventName, a bucket's ARN, an exclusion) narrows the selector to some objects or calls.
const UNRESTRICTING_FIELDS = new Set(['eventCategory', 'resources.type', 'readOnly']);

function advancedS3Objects(s: AdvancedEventSelector): Directions {
  if (!isCategory(s, 'Data') || !fieldOf(s, 'resources.type').some((f) => (f.equals ?? []).includes('AWS::S3::Object'))) return NONE;
  for (const f of s.fieldSelectors) {
    if (UNRESTRICTING_FIELDS.has(f.field)) continue;
    if (f.field === 'resources.ARN' && coversEveryArn(f)) continue;
    return NONE;
  }
  return advancedDirections(s);
}

/** S3 object-level data events recorded for every bucket (not some buckets, not some calls), by direction. */
export function s3ObjectEvents(selectors: TrailEventSelectors): Directions {
  let d = NONE;
  for (const s of selectors.selectors) {
    const everyBucket = s.dataResources.some((r) => r.type === 'AWS::S3::Object' && r.values.some((v) => ALL_BUCKETS.test(v)));
    if (everyBucket) d = union(d, fromReadWriteType(s.readWriteType));
  }
  for (const s of selectors.advancedSelectors) d = union(d, advancedS3Objects(s));
  return d;
}

export const multiRegion: TrailRequirement = requirement('the settings', (v) => v.configuration, (c, v) =>
  c?.isMultiRegionTrail ? met() : unmet(`single-region trail (records ${v.homeRegion} only)`),
);

export const logging: TrailRequirement = requirement('the status', (v) => v.status, (s) =>
  s?.isLogging ? met() : unmet('logging is stopped'),
);

/** Management events, write always, read too unless `requireRead` is off. */
export function recordsManagementEvents(requireRead: boolean): TrailRequirement {
  return requirement('the event selectors', (v) => v.eventSelectors, (sel) => {
    const d = sel ? managementEvents(sel) : NONE;
    if (!d.read && !d.write) return unmet('records no management events');
    if (!d.write) return unmet('records read-only management events only');
    if (requireRead && !d.read) return unmet('records write-only management events only');
    return met();
  });
}

export function recordsS3ObjectEvents(direction: keyof Directions): TrailRequirement {
  const what = direction === 'read' ? 'read' : 'write';
  return requirement('the event selectors', (v) => v.eventSelectors, (sel) =>
    sel && s3ObjectEvents(sel)[direction] ? met() : unmet(`records no S3 object-level ${what} events for every bucket`),
  );
}
