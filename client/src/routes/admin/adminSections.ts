/** The Admin area's sections (PRODUCT.md), in their fixed order. */
export const ADMIN_SECTIONS = [
  { label: 'Users & roles', to: '/admin/users' },
  { label: 'API tokens', to: '/admin/tokens' },
  { label: 'Audit log', to: '/admin/audit' },
] as const;
