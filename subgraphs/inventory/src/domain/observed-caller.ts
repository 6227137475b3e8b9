/**
 * Wraps a scan's AwsCaller to count API calls and failures for the progress report, and to stop a cancelled scan:
 * every call first checks the AbortSignal, so a collector ends within one API call of a cancel. Collectors that
 * turn the abort into a per-API error are harmless: the runner checks the signal again and discards the result.
 */
import type { AwsCaller } from '../collectors/aws/calls/aws-caller';

export interface CallCounts {
  apiCalls: number;
  errors: number;
}

export function observeCaller(caller: AwsCaller, signal: AbortSignal | undefined, onCall: (counts: CallCounts) => void): AwsCaller {
  const counts: CallCounts = { apiCalls: 0, errors: 0 };
  return {
    get attempts() {
      return caller.attempts;
    },
    async call(api, send) {
      signal?.throwIfAborted();
      counts.apiCalls++;
      try {
        return await caller.call(api, send);
      } catch (err) {
        counts.errors++;
        throw err;
      } finally {
        onCall({ ...counts });
      }
    },
  };
}
