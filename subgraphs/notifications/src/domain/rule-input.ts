/** Validation of a new notification rule. Each problem names the input field, so a form can point at it. */
import { AppError, severities, type Severity } from '@cspmexa/server-kit';
import { z } from 'zod';

export const MAX_RECIPIENTS = 20;
export const MAX_RULE_NAME_LENGTH = 100;

export interface CreateRuleInput {
  name: string;
  minSeverity: Severity;
  recipients: string[];
  enabled?: boolean | null;
}

export interface ValidRuleInput {
  name: string;
  minSeverity: Severity;
  /** Trimmed, lower-cased and without duplicates, so each address gets an alert once. */
  recipients: string[];
  enabled: boolean;
}

const email = z.email();

const ruleInputSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Give the rule a name.')
    .max(MAX_RULE_NAME_LENGTH, `The name must be at most ${MAX_RULE_NAME_LENGTH} characters.`),
  minSeverity: z.enum(severities, 'Unknown severity.'),
  recipients: z
    .array(z.string())
    .transform((list) => [...new Set(list.map((r) => r.trim().toLowerCase()))])
    .superRefine((list, ctx) => {
      const bad = list.findIndex((r) => !email.safeParse(r).success);
      if (bad >= 0) ctx.addIssue({ code: 'custom', message: `"${list[bad]}" is not a valid email address.` });
    })
    .refine((list) => list.length >= 1 && list.length <= MAX_RECIPIENTS, {
      message: `A rule needs 1 to ${MAX_RECIPIENTS} distinct recipients.`,
    }),
  enabled: z.boolean().nullish().transform((v) => v ?? true),
});

/** Returns the normalized rule or throws BAD_USER_INPUT naming the first bad field. */
export function validateRuleInput(input: CreateRuleInput): ValidRuleInput {
  const parsed = ruleInputSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = typeof issue?.path[0] === 'string' ? issue.path[0] : undefined;
  throw new AppError('BAD_USER_INPUT', issue?.message ?? 'Invalid notification rule.', field ? { field } : {});
}
