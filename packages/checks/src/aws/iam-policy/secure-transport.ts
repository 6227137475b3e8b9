import type { PolicyStatement } from '@cspmexa/resources';
import { conditionEntries, type ConditionEntry } from './conditions';
import { everyonePrincipal } from './principals';

/**
 * `aws:SecureTransport` is false exactly for requests without TLS. `BoolIfExists` is accepted too: the key is
 * present in every request, so for a Deny the two spellings refuse the same requests.
 */
export function testsInsecureTransport(entry: ConditionEntry): boolean {
  return (
    entry.key.toLowerCase() === 'aws:securetransport' &&
    /^Bool(IfExists)?$/i.test(entry.operator) &&
    entry.values.some((v) => v.toLowerCase() === 'false')
  );
}

export function mentionsSecureTransport(statement: PolicyStatement): boolean {
  return conditionEntries(statement).some((e) => e.key.toLowerCase() === 'aws:securetransport');
}

/**
 * Why a statement is not a Deny of every request without TLS, or undefined when it is one (which actions and
 * resources it covers is the caller's question). Conditions are ANDed: a second condition beside
 * `aws:SecureTransport` (a source IP, a TLS version) narrows the Deny to part of the plain-HTTP requests.
 */
export function insecureTransportDenialGap(statement: PolicyStatement): string | undefined {
  if (statement.Effect !== 'Deny') return 'is an Allow: it cannot refuse plain HTTP that another grant allows';
  const principal = everyonePrincipal(statement);
  if (principal === undefined || principal === 'NotPrincipal') return 'does not apply to every principal';
  const entries = conditionEntries(statement);
  const tlsTests = entries.filter(testsInsecureTransport);
  if (tlsTests.length === 0) return 'does not test aws:SecureTransport = false';
  if (tlsTests.length < entries.length) return 'ANDs other conditions with aws:SecureTransport, so it refuses only some plain-HTTP requests';
  return undefined;
}
