/** The AWS collectors a scan runs, in order. EC2, VPC and IAM join here as they are written. */
import type { AwsCollector } from './collector';
import { s3Collector } from './s3';

export const awsCollectors: readonly AwsCollector[] = [s3Collector];
