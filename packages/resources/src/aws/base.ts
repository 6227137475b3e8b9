/**
 * What every normalized AWS resource carries, so that the inventory can store it and findings can key it
 * (account, region, ARN) without knowing its kind. Account-wide and global resources use region `global`.
 */
import type { Collected } from '../collected';

/** The region of resources that do not live in one (IAM, the S3 account settings). */
export const GLOBAL_REGION = 'global';

export interface AwsResourceBase {
  arn: string;
  /** A human name: the resource's Name tag or name, else its id. */
  name: string;
  /** The 12-digit account number the resource belongs to. */
  accountId: string;
  region: string;
  /** Tags; `ok({})` when there are none. Optional because some kinds cannot be tagged. */
  tags?: Collected<Record<string, string>>;
}
