/** The AWS collectors a scan runs. Each reads its own service; they run concurrently (their rate buckets differ). */
import { accessAnalyzerCollector } from './access-analyzer';
import { accountContactsCollector } from './account-contacts';
import { cloudTrailCollector } from './cloudtrail';
import type { AwsCollector } from './collector';
import { configCollector } from './config';
import { ec2Collector } from './ec2';
import { iamCollector } from './iam';
import { s3Collector } from './s3';
import { s3AccountCollector } from './s3-account';
import { vpcCollector } from './vpc';

export const awsCollectors: readonly AwsCollector[] = [
  s3Collector,
  s3AccountCollector,
  ec2Collector,
  vpcCollector,
  iamCollector,
  cloudTrailCollector,
  configCollector,
  accountContactsCollector,
  accessAnalyzerCollector,
];
