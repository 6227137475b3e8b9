import type { PolicyDocument, PolicyStatement } from '@cspmexa/resources';
import { actionsCoverAll } from '../../iam-policy/action-patterns';
import { conditionEntries } from '../../iam-policy/conditions';
import { resourcesCoverAll } from '../../iam-policy/resource-patterns';
import { insecureTransportDenialGap, mentionsSecureTransport } from '../../iam-policy/secure-transport';
import { policyStatements } from '../../iam-policy/statements';

export interface TlsEnforcement {
  /** The bucket ARN and its objects, each with the statement that refuses plain HTTP there (if any). */
  coverage: { target: string; deniedBy?: string }[];
  /** Statements that test aws:SecureTransport but do not enforce TLS, and why: what the owner probably meant. */
  nearMisses: { statement: string; reason: string }[];
  /** Values of `s3:TlsVersion` below which some Deny refuses requests: reported, never credited (see check). */
  tlsVersionFloors: string[];
}

const label = (statement: PolicyStatement, index: number) => statement.Sid ?? `#${index}`;

/**
 * Which parts of the bucket a Deny-for-everyone on `aws:SecureTransport = false` over every S3 action protects.
 * Both the bucket (ListBucket, policy and ACL calls) and its objects need one; two statements may share the work.
 */
export function assessTlsEnforcement(bucketArn: string, document: PolicyDocument): TlsEnforcement {
  const targets = [bucketArn, `${bucketArn}/*`];
  const coverage: TlsEnforcement['coverage'] = targets.map((target) => ({ target }));
  const nearMisses: TlsEnforcement['nearMisses'] = [];
  const tlsVersionFloors: string[] = [];

  policyStatements(document).forEach((statement, index) => {
    tlsVersionFloors.push(...tlsVersionFloor(statement));
    if (!mentionsSecureTransport(statement)) return;
    const gap = insecureTransportDenialGap(statement);
    if (gap !== undefined) return nearMisses.push({ statement: label(statement, index), reason: gap });
    if (!actionsCoverAll(statement, 's3:*')) {
      return nearMisses.push({ statement: label(statement, index), reason: 'does not deny every S3 action (s3:* or *)' });
    }
    let coversAny = false;
    for (const entry of coverage) {
      if (!resourcesCoverAll(statement, entry.target)) continue;
      coversAny = true;
      entry.deniedBy ??= label(statement, index);
    }
    if (!coversAny) nearMisses.push({ statement: label(statement, index), reason: `covers neither ${targets.join(' nor ')}` });
  });
  return { coverage, nearMisses, tlsVersionFloors };
}

/**
 * A Deny on `NumericLessThan s3:TlsVersion` sets a minimum TLS version, but a plain-HTTP request carries no TLS
 * version, so the condition does not match it and HTTP stays allowed. It complements aws:SecureTransport and is
 * reported as evidence only.
 */
function tlsVersionFloor(statement: PolicyStatement): string[] {
  if (statement.Effect !== 'Deny') return [];
  return conditionEntries(statement)
    .filter((e) => e.key.toLowerCase() === 's3:tlsversion' && /^NumericLessThan(IfExists)?$/i.test(e.operator))
    .flatMap((e) => e.values);
}
