/** A refused Google sign-in: an AppError (stable code, safe message) plus a reason for the audit trail. */
import { AppError } from '@cspmexa/server-kit';

export type RefusalReason =
  | 'missing_state'
  | 'state_mismatch'
  | 'transaction_expired'
  | 'state_replayed'
  | 'provider_error'
  | 'token_exchange_failed'
  | 'id_token_invalid'
  | 'id_token_expired'
  | 'id_token_bad_signature'
  | 'id_token_keys_unavailable'
  | 'wrong_audience'
  | 'wrong_issuer'
  | 'nonce_mismatch'
  | 'subject_mismatch'
  | 'wrong_domain'
  | 'email_unverified'
  | 'email_taken'
  | 'not_invited'
  | 'user_disabled';

/**
 * The callback answers with the code's HTTP status (AppError.httpStatus): 400 for a broken or replayed transaction,
 * 401 when Google's answer does not hold, 403 for a refused account.
 */
export class GoogleSignInRefused extends AppError {
  constructor(
    code: 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN',
    readonly reason: RefusalReason,
    userMessage: string,
    /** The organization the attempt concerns, when known: its admins then see it in their audit trail. */
    readonly orgId: string | null = null,
  ) {
    super(code, userMessage);
  }
}

export const badTransaction = (reason: RefusalReason) =>
  new GoogleSignInRefused('BAD_USER_INPUT', reason, 'This sign-in attempt is invalid or has expired. Start again from the sign-in page.');

export const untrustedAnswer = (reason: RefusalReason) =>
  new GoogleSignInRefused('UNAUTHENTICATED', reason, 'Google sign-in could not be verified. Start again from the sign-in page.');
