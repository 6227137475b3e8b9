/** The product navigation (PRODUCT.md), in its fixed order. `end` marks links active only on an exact match. */
export interface NavigationEntry {
  label: string;
  to: string;
  end?: boolean;
  /** Shown to admins only (the server refuses analysts anyway). */
  adminOnly?: boolean;
}

export const NAVIGATION: readonly NavigationEntry[] = [
  { label: 'Overview', to: '/', end: true },
  { label: 'Findings', to: '/findings' },
  { label: 'Inventory', to: '/inventory' },
  { label: 'Compliance', to: '/compliance' },
  { label: 'Accounts & scans', to: '/accounts' },
  { label: 'Alerts', to: '/alerts' },
  { label: 'Admin', to: '/admin', adminOnly: true },
];
