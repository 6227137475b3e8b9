/**
 * How the naive collector makes one call: await it, and if it fails for good (the SDK's default retries are
 * spent) record the error instead of throwing, so one unreadable API never stops the rest. S3's "not configured"
 * answers are data, not errors.
 */
import type { RecordedError } from '../collect-with';

const absentCodes = new Set([
  'NoSuchBucketPolicy',
  'NoSuchPublicAccessBlockConfiguration',
  'ServerSideEncryptionConfigurationNotFoundError',
  'OwnershipControlsNotFoundError',
  'NoSuchTagSet',
  'ObjectLockConfigurationNotFoundError',
  'NoSuchEntity',
]);

export interface Recorder {
  errors: RecordedError[];
  resources: number;
  call<T>(api: string, send: () => Promise<T>): Promise<T | undefined>;
}

export function createRecorder(): Recorder {
  const recorder: Recorder = {
    errors: [],
    resources: 0,
    async call(api, send) {
      try {
        return await send();
      } catch (err) {
        const code = (err as { name?: string }).name ?? 'Unknown';
        if (!absentCodes.has(code)) recorder.errors.push({ api, code });
        return undefined;
      }
    },
  };
  return recorder;
}

/** Every page of a NextToken/Marker list, one after the other. */
export async function allPages<Out>(fetch: (token: string | undefined) => Promise<Out | undefined>, next: (out: Out) => string | undefined): Promise<Out[]> {
  const pages: Out[] = [];
  let token: string | undefined;
  do {
    const page = await fetch(token);
    if (!page) break;
    pages.push(page);
    token = next(page);
  } while (token);
  return pages;
}
