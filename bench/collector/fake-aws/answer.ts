/** What a protocol module hands back: which API and rate class a request is, and how to answer it. */
import { randomUUID } from 'node:crypto';
import type { ApiClass } from './limits';
import { el, xmlHeader } from './xml';

export interface Answer {
  status: number;
  body: string;
  contentType?: string;
}

export interface Routed {
  /** The operation name as AWS spells it (`DescribeInstances`, `GetBucketAcl`). */
  api: string;
  apiClass: ApiClass;
  /** Runs only when the rate meter admitted the request. */
  respond(): Answer;
  /** The service's own throttling answer. */
  throttled(): Answer;
}

export const xmlAnswer = (body: string, status = 200): Answer => ({ status, body: xmlHeader + body, contentType: 'text/xml' });

/** EC2's error document (`Response/Errors/Error`), e.g. 503 RequestLimitExceeded. */
export function ec2Error(status: number, code: string, message: string): Answer {
  return xmlAnswer(`<Response><Errors><Error>${el('Code', code)}${el('Message', message)}</Error></Errors>${el('RequestID', randomUUID())}</Response>`, status);
}

/** The query-protocol error document IAM and STS answer (`ErrorResponse/Error`). */
export function queryError(status: number, code: string, message: string): Answer {
  const type = status >= 500 ? 'Receiver' : 'Sender';
  return xmlAnswer(`<ErrorResponse><Error>${el('Type', type)}${el('Code', code)}${el('Message', message)}</Error>${el('RequestId', randomUUID())}</ErrorResponse>`, status);
}

/** S3's REST error document (`Error`), e.g. 404 NoSuchBucketPolicy or 503 SlowDown. */
export function s3Error(status: number, code: string, message: string, resource = ''): Answer {
  return xmlAnswer(`<Error>${el('Code', code)}${el('Message', message)}${el('Resource', resource)}${el('RequestId', randomUUID())}</Error>`, status);
}

/** `<XResponse xmlns><XResult>...</XResult><ResponseMetadata/></XResponse>` of the IAM/STS query protocol. */
export function queryResult(action: string, xmlns: string, result: string): Answer {
  return xmlAnswer(
    `<${action}Response xmlns="${xmlns}"><${action}Result>${result}</${action}Result><ResponseMetadata>${el('RequestId', randomUUID())}</ResponseMetadata></${action}Response>`,
  );
}
