/** Event selectors for the ACC-06 fixtures and tests: S3 object events in one direction, classic or advanced. */
import type { AdvancedEventSelector, AdvancedFieldSelector, ClassicEventSelector, TrailEventSelectors } from '@cspmexa/resources';
import { ALL_MANAGEMENT } from './account-fixture';

export const classicS3Objects = (readWriteType: ClassicEventSelector['readWriteType'], values = ['arn:aws:s3']): TrailEventSelectors => ({
  selectors: [ALL_MANAGEMENT, { readWriteType, includeManagementEvents: false, excludeManagementEventSources: [], dataResources: [{ type: 'AWS::S3::Object', values }] }],
  advancedSelectors: [],
});

/** Management events plus one advanced S3 object selector with `extra` conditions (readOnly, resources.ARN...). */
export const advancedS3Objects = (...extra: AdvancedFieldSelector[]): TrailEventSelectors => {
  const s3: AdvancedEventSelector = {
    name: 'S3 objects',
    fieldSelectors: [{ field: 'eventCategory', equals: ['Data'] }, { field: 'resources.type', equals: ['AWS::S3::Object'] }, ...extra],
  };
  return { selectors: [], advancedSelectors: [{ name: 'Management', fieldSelectors: [{ field: 'eventCategory', equals: ['Management'] }] }, s3] };
};
