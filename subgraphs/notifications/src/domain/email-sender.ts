/** Sending one email through Amazon SES (API v1 SendEmail). The SES client is passed in so tests can point it anywhere. */
import { SendEmailCommand, type SESClient } from '@aws-sdk/client-ses';

export interface OutgoingEmail {
  to: string;
  subject: string;
  bodyText: string;
}

export interface EmailSender {
  send(email: OutgoingEmail): Promise<void>;
}

/** An SES call that hangs must not hold the worker (and shutdown) forever: it fails and is retried later. */
const DEFAULT_SEND_TIMEOUT_MS = 15_000;

export function createSesEmailSender(ses: SESClient, opts: { from: string; timeoutMs?: number }): EmailSender {
  return {
    async send(email) {
      await ses.send(
        new SendEmailCommand({
          Source: opts.from,
          Destination: { ToAddresses: [email.to] },
          Message: {
            Subject: { Data: email.subject, Charset: 'UTF-8' },
            Body: { Text: { Data: email.bodyText, Charset: 'UTF-8' } },
          },
        }),
        { abortSignal: AbortSignal.timeout(opts.timeoutMs ?? DEFAULT_SEND_TIMEOUT_MS) },
      );
    },
  };
}

/** SES answers that will not change on a retry: the address or sender is refused, the request is malformed. */
const PERMANENT_ERRORS = new Set(['MessageRejected', 'MailFromDomainNotVerifiedException', 'InvalidParameterValue']);

const MAX_ERROR_LENGTH = 300;

/**
 * A short, storable description of a send failure. Only the error's name and message are kept: SDK errors carry
 * request metadata we have no reason to store, and the message never contains the credentials.
 */
export function describeSendError(err: unknown): { message: string; permanent: boolean } {
  const name = err instanceof Error ? err.name : 'Error';
  const text = err instanceof Error ? err.message : String(err);
  const message = `${name}: ${text}`.replace(/\s+/g, ' ').trim().slice(0, MAX_ERROR_LENGTH);
  return { message, permanent: PERMANENT_ERRORS.has(name) };
}
