/** The words of an alert email. Plain text only: nothing in it is rendered as HTML, so nothing can inject markup. */
import type { AlertRaisedEvent } from '@cspmexa/server-kit';

export interface AlertEmail {
  subject: string;
  bodyText: string;
}

const MAX_SUBJECT_LENGTH = 200;

/** Subjects are one line: control characters (a CR/LF in a title or ARN) would otherwise break the header. */
function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
}

export function alertSubject(alert: Pick<AlertRaisedEvent, 'severity' | 'title' | 'resourceArn'>): string {
  const subject = oneLine(`[CSPMEXA] ${alert.severity}: ${alert.title} on ${alert.resourceArn}`);
  return subject.length <= MAX_SUBJECT_LENGTH ? subject : `${subject.slice(0, MAX_SUBJECT_LENGTH - 1)}…`;
}

export function findingLink(publicUrl: string, findingId: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/findings/${encodeURIComponent(findingId)}`;
}

export function composeAlertEmail(alert: AlertRaisedEvent, opts: { publicUrl: string; ruleName: string }): AlertEmail {
  const what = alert.kind === 'REOPENED' ? 'was reopened' : 'was opened';
  const bodyText = [
    `A ${alert.severity} finding ${what} in your AWS environment.`,
    '',
    `Check:    ${oneLine(alert.title)} (${oneLine(alert.checkId)})`,
    `Resource: ${oneLine(alert.resourceArn)}`,
    `Account:  ${oneLine(alert.accountId)}`,
    `Region:   ${oneLine(alert.region)}`,
    `Raised:   ${oneLine(alert.raisedAt)}`,
    '',
    `Open the finding: ${findingLink(opts.publicUrl, alert.findingId)}`,
    '',
    `You receive this email because the CSPMEXA notification rule "${oneLine(opts.ruleName)}" includes your address.`,
    '',
  ].join('\n');
  return { subject: alertSubject(alert), bodyText };
}
