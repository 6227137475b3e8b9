/**
 * Account-wide activity settings read per region or per account: AWS Config recorders (per region), IAM Access
 * Analyzer analyzers (per region) and the alternate contacts.
 */
import type { Collected } from '../collected';
import type { AwsResourceBase } from './base';

/** config:DescribeConfigurationRecorders. */
export interface ConfigRecorder {
  name: string;
  /** recordingGroup.allSupported, or a recordingStrategy of ALL_SUPPORTED_RESOURCE_TYPES. */
  allSupported: boolean;
  includeGlobalResourceTypes: boolean;
  /** recordingGroup.recordingStrategy.useOnly, when AWS returned one. */
  recordingStrategy?: string;
  /** Resource types excluded (EXCLUSION_BY_RESOURCE_TYPES) or listed (INCLUSION_BY_RESOURCE_TYPES). */
  resourceTypes: string[];
}

/** config:DescribeConfigurationRecorderStatus. */
export interface ConfigRecorderStatus {
  name: string;
  recording: boolean;
  /** `Pending`, `Success` or `Failure`. */
  lastStatus?: string;
  lastErrorCode?: string;
}

export interface ConfigRecorderRegion extends AwsResourceBase {
  kind: 'aws.config.region';
  recorders: Collected<ConfigRecorder[]>;
  statuses: Collected<ConfigRecorderStatus[]>;
}

/** One entry of access-analyzer:ListAnalyzers. */
export interface AccessAnalyzerSummary {
  name: string;
  arn: string;
  /** `ACCOUNT`, `ORGANIZATION`, `ACCOUNT_UNUSED_ACCESS`, ... (every type is listed; checks choose). */
  type: string;
  /** `ACTIVE`, `CREATING`, `DISABLED` or `FAILED`. */
  status: string;
}

export interface AccessAnalyzerRegion extends AwsResourceBase {
  kind: 'aws.accessanalyzer.region';
  /** access-analyzer:ListAnalyzers in the region, every page, every type. */
  analyzers: Collected<AccessAnalyzerSummary[]>;
}

export interface AlternateContact {
  name?: string;
  title?: string;
  emailAddress?: string;
  phoneNumber?: string;
}

export interface AccountContacts extends AwsResourceBase {
  kind: 'aws.account.contacts';
  /** account:GetAlternateContact(SECURITY); `absent` when none is registered (ResourceNotFoundException). */
  securityContact: Collected<AlternateContact>;
}
