/**
 * Reads every page of a list API as one `Collected` part: `ok` with all items, `absent` when AWS answers one of
 * `absentCodes` (the thing listed does not exist), or `error` plus a ScanError when a page could not be read (a
 * half-read list is never passed off as the whole list).
 */
import { absent, ok, readError, type Collected } from '@cspmexa/resources';
import type { ScanErrorRecord } from '../../../domain/scan-error';
import { awsErrorCode } from '../aws-errors';
import type { ApiRef, AwsCaller } from './aws-caller';
import { scanError } from './failures';
import { paginate } from './paginate';

export async function readList<Out, Item>(
  caller: AwsCaller,
  errors: ScanErrorRecord[],
  api: ApiRef,
  fetchPage: (token: string | undefined) => Promise<Out>,
  read: (out: Out) => { items: readonly Item[] | undefined; next: string | undefined },
  opts: { resourceArn?: string; absentCodes?: readonly string[] } = {},
): Promise<Collected<Item[]>> {
  try {
    return ok(await paginate(caller, api, fetchPage, read));
  } catch (err) {
    if (opts.absentCodes?.includes(awsErrorCode(err))) return absent();
    const record = scanError(api, err, opts.resourceArn);
    errors.push(record);
    return readError(record.api, record.code, record.message);
  }
}
