import type { PolicyStatement } from '@cspmexa/resources';
import { asList } from './statements';

export type EveryonePrincipal = 'Principal:*' | 'Principal:{AWS:*}' | 'NotPrincipal';

/**
 * How a statement names "anyone", or undefined when it names specific principals (or none, as in identity
 * policies). `{"AWS": "*"}` and `{"AWS": ["...", "*"]}` mean anonymous too. `NotPrincipal` means "everyone
 * except": for an Allow statement that is everyone, whatever it lists.
 */
export function everyonePrincipal(statement: PolicyStatement): EveryonePrincipal | undefined {
  if (statement.NotPrincipal !== undefined) return 'NotPrincipal';
  const principal = statement.Principal;
  if (principal === undefined) return undefined;
  if (principal === '*') return 'Principal:*';
  return asList(principal['AWS']).some((p) => p.trim() === '*') ? 'Principal:{AWS:*}' : undefined;
}
