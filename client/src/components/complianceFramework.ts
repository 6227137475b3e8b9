import type { ComplianceFramework } from '../gql/graphql';

/** The frameworks the product assesses, newest first: the default view is the current benchmark. */
export const COMPLIANCE_FRAMEWORKS: readonly ComplianceFramework[] = ['CIS_AWS_5_0_0', 'CIS_AWS_3_0_0'];

export const FRAMEWORK_LABEL: Readonly<Record<ComplianceFramework, string>> = {
  CIS_AWS_5_0_0: 'CIS AWS 5.0.0',
  CIS_AWS_3_0_0: 'CIS AWS 3.0.0',
};

export function isComplianceFramework(value: string | null): value is ComplianceFramework {
  return value !== null && (COMPLIANCE_FRAMEWORKS as readonly string[]).includes(value);
}
