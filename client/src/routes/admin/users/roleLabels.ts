import type { Role } from '../../../gql/graphql';

/** How each role reads in the admin pages. */
export const ROLE_LABELS: Record<Role, string> = { ADMIN: 'Admin', ANALYST: 'Analyst' };

export const ROLES: readonly Role[] = ['ADMIN', 'ANALYST'];
