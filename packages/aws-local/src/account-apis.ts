/**
 * An empty AWS account for EC2 (ec2 query protocol), IAM (query protocol) and S3 Control (REST/XML), in their real
 * wire formats, so that a scan through the real SDK clients reads every API and finds nothing but the account's
 * default settings: DescribeRegions lists `us-east-1` (enabled) and `af-south-1` (not opted in), every Describe*
 * is empty, the credential report has only the root, there is no password policy and no account-level Block
 * Public Access. `failApi('ec2:DescribeVolumes', 'UnauthorizedOperation')` injects a fault.
 */
import crypto from 'node:crypto';

const EC2_NS = 'xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"';
const IAM_NS = 'xmlns="https://iam.amazonaws.com/doc/2010-05-08/"';
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface Answer {
  status: number;
  body: string;
}

const ec2Bodies: Record<string, string> = {
  DescribeRegions:
    '<regionInfo><item><regionName>us-east-1</regionName><regionEndpoint>ec2.us-east-1.amazonaws.com</regionEndpoint><optInStatus>opt-in-not-required</optInStatus></item>' +
    '<item><regionName>af-south-1</regionName><regionEndpoint>ec2.af-south-1.amazonaws.com</regionEndpoint><optInStatus>not-opted-in</optInStatus></item></regionInfo>',
  GetEbsEncryptionByDefault: '<ebsEncryptionByDefault>false</ebsEncryptionByDefault>',
  GetEbsDefaultKmsKeyId: '<kmsKeyId>alias/aws/ebs</kmsKeyId>',
  GetInstanceMetadataDefaults: '<accountLevel/>',
  GetSnapshotBlockPublicAccessState: '<state>unblocked</state>',
  GetImageBlockPublicAccessState: '<imageBlockPublicAccessState>unblocked</imageBlockPublicAccessState>',
};

export function ec2ErrorXml(code: string, message: string): string {
  return `<Response><Errors><Error><Code>${code}</Code><Message>${esc(message)}</Message></Error></Errors><RequestID>${crypto.randomUUID()}</RequestID></Response>`;
}

/** Every other Describe* answers an empty list: the element is simply left out, as AWS does for none. */
export function answerEc2(action: string): Answer {
  if (!action.startsWith('Describe') && !(action in ec2Bodies)) return { status: 400, body: ec2ErrorXml('InvalidAction', `The action ${action} is not valid for this web service.`) };
  return { status: 200, body: `<${action}Response ${EC2_NS}><requestId>${crypto.randomUUID()}</requestId>${ec2Bodies[action] ?? ''}</${action}Response>` };
}

const iamResult = (action: string, inner: string): Answer => ({
  status: 200,
  body: `<${action}Response ${IAM_NS}><${action}Result>${inner}</${action}Result><ResponseMetadata><RequestId>${crypto.randomUUID()}</RequestId></ResponseMetadata></${action}Response>`,
});

export function iamErrorXml(code: string, message: string): string {
  return `<ErrorResponse ${IAM_NS}><Error><Type>Sender</Type><Code>${code}</Code><Message>${esc(message)}</Message></Error><RequestId>${crypto.randomUUID()}</RequestId></ErrorResponse>`;
}

function credentialReport(accountId: string): string {
  const header =
    'user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated';
  const root = `<root_account>,arn:aws:iam::${accountId}:root,2020-01-01T00:00:00+00:00,not_supported,no_information,not_supported,not_supported,true,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A`;
  return Buffer.from(`${header}\n${root}`).toString('base64');
}

export function answerIam(action: string, accountId: string): Answer {
  switch (action) {
    case 'GenerateCredentialReport':
      return iamResult(action, '<State>COMPLETE</State>');
    case 'GetCredentialReport':
      return iamResult(action, `<Content>${credentialReport(accountId)}</Content><ReportFormat>text/csv</ReportFormat><GeneratedTime>${new Date().toISOString()}</GeneratedTime>`);
    case 'GetAccountAuthorizationDetails':
      return iamResult(action, '<IsTruncated>false</IsTruncated><UserDetailList/><GroupDetailList/><RoleDetailList/><Policies/>');
    case 'GetAccountSummary':
      return iamResult(action, '<SummaryMap><entry><key>AccountMFAEnabled</key><value>1</value></entry><entry><key>AccountAccessKeysPresent</key><value>0</value></entry></SummaryMap>');
    case 'GetAccountPasswordPolicy':
      return { status: 404, body: iamErrorXml('NoSuchEntity', 'The Password Policy with domain name was not found.') };
    case 'ListVirtualMFADevices':
      return iamResult(action, '<IsTruncated>false</IsTruncated><VirtualMFADevices/>');
    case 'ListServerCertificates':
      return iamResult(action, '<IsTruncated>false</IsTruncated><ServerCertificateMetadataList/>');
    default:
      return { status: 400, body: iamErrorXml('InvalidAction', `Could not find operation ${action}`) };
  }
}

/** S3 Control's account-level Block Public Access, never configured in this account. */
export function answerS3Control(method: string, path: string): Answer {
  const error = (code: string, message: string, status: number): Answer => ({
    status,
    body: `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${esc(message)}</Message><RequestId>${crypto.randomUUID()}</RequestId></Error>`,
  });
  if (method === 'GET' && path === '/v20180820/configuration/publicAccessBlock') return error('NoSuchPublicAccessBlockConfiguration', 'The public access block configuration was not found', 404);
  return error('NotImplemented', `${method} ${path} is not served by the stand-in`, 501);
}

/** The query-protocol services sharing POST / with STS, told apart by their API version. */
export const queryApiServices: Record<string, 'ec2' | 'iam'> = { '2016-11-15': 'ec2', '2010-05-08': 'iam' };

/** Answers one EC2 or IAM query-protocol call, or the injected fault in that service's error format. */
export function answerQueryApi(service: 'ec2' | 'iam', action: string, accountId: string, fault?: { code: string; status: number }): Answer {
  if (fault) return { status: fault.status, body: (service === 'ec2' ? ec2ErrorXml : iamErrorXml)(fault.code, `Injected ${fault.code}`) };
  return service === 'ec2' ? answerEc2(action) : answerIam(action, accountId);
}
