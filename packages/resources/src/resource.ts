import type { S3Bucket } from './aws/s3-bucket';

/** Every normalized resource kind the collectors produce. Extend this union as services are added. */
export type CloudResource = S3Bucket;
export type ResourceKind = CloudResource['kind'];

/** A resource as the inventory stores it and the findings engine receives it: the inventory id plus the data. */
export interface InventoryResource<R extends CloudResource = CloudResource> {
  /** Inventory's opaque resource id (the federation key of `Resource`). */
  id: string;
  resource: R;
}
