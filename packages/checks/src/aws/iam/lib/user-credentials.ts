import type { CredentialReportEntry, IamUser } from '@cspmexa/resources';
import { unknownBecause, type Evaluation } from '../../../engine/result';

/**
 * The user's credential report row, or the UNKNOWN verdict to return: unreadable report (naming the API), or no
 * row because the report was generated before the user existed. Never a guess.
 */
export function credentialsOrUnknown(user: IamUser, question: string): CredentialReportEntry | Evaluation {
  const credentials = user.credentials;
  if (credentials.state === 'ok') return credentials.value;
  if (credentials.state === 'error') return unknownBecause(user.arn, question, credentials);
  return { status: 'UNKNOWN', resourceArn: user.arn, message: `Cannot determine ${question}: the credential report has no row for ${user.userName} yet` };
}

export const isVerdict = (value: CredentialReportEntry | Evaluation): value is Evaluation => 'status' in value;
