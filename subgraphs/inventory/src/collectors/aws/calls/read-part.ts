/**
 * Reads one API-backed part of a resource into a `Collected<T>`: `ok` with the mapped answer, `absent` when AWS
 * answers one of the codes meaning "not configured", else `error` plus a ScanError. A part that cannot be read
 * never hides the rest of the resource.
 */
import { absent, ok, readError, type Collected } from '@cspmexa/resources';
import type { ScanErrorRecord } from '../../../domain/scan-error';
import { awsErrorCode, awsErrorMessage } from '../aws-errors';
import type { ApiRef, AwsCaller } from './aws-caller';
import { apiName, scanError } from './failures';

export interface ReadOptions {
  resourceArn?: string;
  /** AWS codes meaning the configuration does not exist. */
  absentCodes?: readonly string[];
}

export type PartReader = <T, R>(api: ApiRef, send: () => Promise<T>, map: (out: T) => R, opts?: ReadOptions) => Promise<Collected<R>>;

export function partReader(caller: AwsCaller, errors: ScanErrorRecord[]): PartReader {
  return async (api, send, map, opts = {}) => {
    let out;
    try {
      out = await caller.call(api, send);
    } catch (err) {
      if (opts.absentCodes?.includes(awsErrorCode(err))) return absent();
      const record = scanError(api, err, opts.resourceArn);
      errors.push(record);
      return readError(record.api, record.code, record.message);
    }
    try {
      return ok(map(out));
    } catch (err) {
      // e.g. a policy that is not valid JSON: unreadable, so never treated as "no policy".
      const record = { api: apiName(api), region: api.region, ...(opts.resourceArn ? { resourceArn: opts.resourceArn } : {}), code: 'MalformedResponse', message: awsErrorMessage(err) };
      errors.push(record);
      return readError(record.api, record.code, record.message);
    }
  };
}
