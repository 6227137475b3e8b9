/** Managed IAM policies (customer and attached AWS-managed ones) with their default version's document parsed. */
import type { Collected } from '../collected';
import type { AwsResourceBase } from './base';
import type { PolicyAttachments } from './iam-account';
import type { PolicyDocument } from './policy-document';

export interface IamPolicy extends AwsResourceBase {
  kind: 'aws.iam.policy';
  policyName: string;
  policyId?: string;
  path?: string;
  /** AWS-managed (`arn:aws:iam::aws:policy/...`) rather than customer-managed. */
  awsManaged: boolean;
  attachmentCount: number;
  defaultVersionId?: string;
  /** The default version's document; `error` when it could not be parsed. */
  document: Collected<PolicyDocument>;
  /** Who the policy is attached to, from the same GetAccountAuthorizationDetails answer (ListEntitiesForPolicy). */
  attachedTo: PolicyAttachments;
}

export interface IamServerCertificate extends AwsResourceBase {
  kind: 'aws.iam.server_certificate';
  serverCertificateName: string;
  serverCertificateId?: string;
  uploadDate?: string;
  expiration?: string;
}
