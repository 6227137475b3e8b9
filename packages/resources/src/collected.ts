/**
 * The outcome of reading one piece of cloud configuration. A collector never guesses: what it could not read is
 * an `error` carrying the API and the AWS error code, so that checks report UNKNOWN and the scan reports PARTIAL.
 */
export type Collected<T> =
  | { state: 'ok'; value: T }
  | { state: 'absent' }
  | { state: 'error'; api: string; code: string; message: string };

export const ok = <T>(value: T): Collected<T> => ({ state: 'ok', value });
export const absent = <T>(): Collected<T> => ({ state: 'absent' });
export const readError = <T>(api: string, code: string, message: string): Collected<T> => ({
  state: 'error',
  api,
  code,
  message,
});

/** Maps the value of an `ok`; `absent` and `error` pass through unchanged. */
export function mapCollected<T, R>(c: Collected<T>, fn: (value: T) => R): Collected<R> {
  return c.state === 'ok' ? ok(fn(c.value)) : c;
}
