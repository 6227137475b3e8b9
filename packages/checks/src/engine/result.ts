import type { Collected } from '@cspmexa/resources';
import type { CheckStatus } from './status';

/** Structured facts behind a verdict (the grants, statements or flags that decided it), for the finding's detail. */
export type Evidence = Readonly<Record<string, unknown>>;

/** One verdict of one check about one resource (or about one part of it, e.g. one rule of a security group). */
export interface Evaluation {
  status: CheckStatus;
  resourceArn: string;
  message: string;
  evidence?: Evidence;
}

/** The `error` arm of `Collected`: what a collector could not read, with the API and AWS error code. */
export type ReadError = Extract<Collected<unknown>, { state: 'error' }>;

export const pass = (resourceArn: string, message: string, evidence?: Evidence): Evaluation => ({
  status: 'PASS',
  resourceArn,
  message,
  evidence,
});

export const fail = (resourceArn: string, message: string, evidence?: Evidence): Evaluation => ({
  status: 'FAIL',
  resourceArn,
  message,
  evidence,
});

/** "GetBucketAcl failed with AccessDenied": the API and the code, so the operator knows which permission to fix. */
export function describeReadError(error: ReadError): string {
  return `${error.api} failed with ${error.code}`;
}

/** UNKNOWN because `error` kept the check from reading what it needs; `needed` says what that was. */
export function unknownBecause(resourceArn: string, needed: string, error: ReadError): Evaluation {
  return {
    status: 'UNKNOWN',
    resourceArn,
    message: `Cannot determine ${needed}: ${describeReadError(error)} (${error.message})`,
    evidence: { api: error.api, code: error.code },
  };
}

/** Something a verdict needed, and the read error that kept the check from knowing it. */
export interface MissingInput {
  needed: string;
  error: ReadError;
}

/** UNKNOWN with every cause listed, for checks that combine several API answers (ACL, policy, BPA, ...). */
export function unknownBecauseAll(resourceArn: string, question: string, causes: readonly MissingInput[]): Evaluation {
  const reasons = causes.map((c) => `${c.needed}: ${describeReadError(c.error)} (${c.error.message})`);
  return {
    status: 'UNKNOWN',
    resourceArn,
    message: `Cannot determine ${question}. ${reasons.join('; ')}`,
    evidence: { errors: causes.map((c) => ({ api: c.error.api, code: c.error.code })) },
  };
}

/**
 * UNKNOWN because the API answered without a field the verdict needs (the SDK leaves it undefined). Such fields
 * come with the resource listing itself, so there is no read error to name: the message names the API and the
 * field instead, so the gap can be traced to the collector.
 */
export function unknownMissingField(resourceArn: string, needed: string, api: string, field: string): Evaluation {
  return {
    status: 'UNKNOWN',
    resourceArn,
    message: `Cannot determine ${needed}: ${api} returned no ${field}`,
    evidence: { api, missingField: field },
  };
}
