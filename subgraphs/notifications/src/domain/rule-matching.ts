/** Which rules want an alert, and who therefore gets an email. */
import { isAtLeast, type Severity } from '@cspmexa/server-kit';

export interface MatchableRule {
  name: string;
  minSeverity: Severity;
  recipients: string[];
  enabled: boolean;
}

/** Enabled rules whose minimum severity admits the alert's severity. */
export function rulesAdmitting<R extends MatchableRule>(rules: R[], severity: Severity): R[] {
  return rules.filter((rule) => rule.enabled && isAtLeast(severity, rule.minSeverity));
}

/**
 * One entry per distinct recipient across the matching rules (an address in two rules gets one email), with the
 * first rule that named it, so the email can say why it was sent.
 */
export function recipientsFor<R extends MatchableRule>(rules: R[], severity: Severity): { recipient: string; rule: R }[] {
  const byRecipient = new Map<string, R>();
  for (const rule of rulesAdmitting(rules, severity)) {
    for (const raw of rule.recipients) {
      const recipient = raw.trim().toLowerCase();
      if (recipient && !byRecipient.has(recipient)) byRecipient.set(recipient, rule);
    }
  }
  return [...byRecipient].map(([recipient, rule]) => ({ recipient, rule }));
}
