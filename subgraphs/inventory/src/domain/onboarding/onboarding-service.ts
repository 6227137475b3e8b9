/** `onboarding` (ADMIN): the ExternalId, trust policy, CloudFormation template and Terraform snippet of the org. */
import { requireRole, type Viewer } from '@cspmexa/server-kit';
import { z } from 'zod';
import { getOrCreateExternalId } from '../../db/org-settings';
import { validInput } from '../account-input';
import type { InventoryDeps } from '../deps';
import { generateExternalId } from '../external-id';
import { cloudFormationTemplate } from './cloudformation';
import { DEFAULT_ROLE_NAME, readOnlyRole } from './read-only-role';
import { terraformSnippet } from './terraform';
import type { TrustedPrincipalSource } from './trusted-principal';

/** IAM role names: 1-64 of letters, digits and `+=,.@_-`. */
export const roleNameSchema = z.string().trim().regex(/^[\w+=,.@-]{1,64}$/, 'Not an IAM role name (1-64 letters, digits and +=,.@_-).');

export interface Onboarding {
  externalId: string;
  trustedPrincipalArn: string;
  trustedPrincipalSource: TrustedPrincipalSource;
  roleName: string;
  managedPolicyArns: string[];
  trustPolicy: string;
  inlinePolicy: string;
  cloudFormationTemplate: string;
  terraform: string;
}

export function createOnboardingService(deps: Pick<InventoryDeps, 'db' | 'trustedPrincipal'>) {
  return {
    async onboarding(viewer: Viewer | null, roleName: string | null | undefined): Promise<Onboarding> {
      const admin = requireRole(viewer, 'ADMIN');
      const name = roleName == null ? DEFAULT_ROLE_NAME : validInput(roleNameSchema, roleName);
      const externalId = await getOrCreateExternalId(deps.db, admin.orgId, generateExternalId);
      const principal = await deps.trustedPrincipal();
      const role = readOnlyRole({ externalId, trustedPrincipalArn: principal.arn, roleName: name });
      return {
        externalId,
        trustedPrincipalArn: principal.arn,
        trustedPrincipalSource: principal.source,
        roleName: role.roleName,
        managedPolicyArns: role.managedPolicyArns,
        trustPolicy: JSON.stringify(role.trustPolicy, null, 2),
        inlinePolicy: JSON.stringify(role.inlinePolicy, null, 2),
        cloudFormationTemplate: cloudFormationTemplate(role),
        terraform: terraformSnippet(role),
      };
    },
  };
}
export type OnboardingService = ReturnType<typeof createOnboardingService>;
