import { Navigate, type RouteObject } from 'react-router';
import { RequireSession } from '../auth/RequireSession';
import { RouteError } from './RouteError';

/**
 * Every page is its own chunk (`lazy`), so the first load only carries the router, Mantine and Apollo; the
 * sign-in page does not download the dashboard and vice versa.
 */
export function createRoutes(): RouteObject[] {
  return [
    {
      errorElement: <RouteError />,
      children: [
        { path: '/login', lazy: async () => ({ Component: (await import('./login/LoginPage')).LoginPage }) },
        {
          element: <RequireSession />,
          children: [
            {
              lazy: async () => ({ Component: (await import('./shell/AppLayout')).AppLayout }),
              children: [
                { index: true, lazy: async () => ({ Component: (await import('./overview/OverviewPage')).OverviewPage }) },
                { path: 'findings', lazy: async () => ({ Component: (await import('./findings/FindingsPage')).FindingsPage }) },
                {
                  path: 'findings/mute-rules',
                  lazy: async () => ({ Component: (await import('./mute-rules/MuteRulesPage')).MuteRulesPage }),
                },
                {
                  path: 'findings/:findingId',
                  lazy: async () => ({ Component: (await import('./findings/FindingDetailPage')).FindingDetailPage }),
                },
                { path: 'accounts', lazy: async () => ({ Component: (await import('./accounts/AccountsPage')).AccountsPage }) },
                {
                  path: 'accounts/:accountId/scans',
                  lazy: async () => ({ Component: (await import('./accounts/ScanHistoryPage')).ScanHistoryPage }),
                },
                { path: 'inventory', lazy: async () => ({ Component: (await import('./inventory/InventoryPage')).InventoryPage }) },
                {
                  path: 'inventory/:resourceId',
                  lazy: async () => ({ Component: (await import('./inventory/ResourcePage')).ResourcePage }),
                },
                { path: 'compliance', lazy: async () => ({ Component: (await import('./compliance/CompliancePage')).CompliancePage }) },
                { path: 'alerts', lazy: async () => ({ Component: (await import('./alerts/AlertsPage')).AlertsPage }) },
                {
                  path: 'admin',
                  lazy: async () => ({ Component: (await import('./admin/AdminLayout')).AdminLayout }),
                  children: [
                    { index: true, element: <Navigate to="/admin/users" replace /> },
                    { path: 'users', lazy: async () => ({ Component: (await import('./admin/users/UsersPage')).UsersPage }) },
                    { path: 'tokens', lazy: async () => ({ Component: (await import('./admin/tokens/ApiTokensPage')).ApiTokensPage }) },
                    { path: 'audit', lazy: async () => ({ Component: (await import('./admin/audit/AuditLogPage')).AuditLogPage }) },
                  ],
                },
                {
                  path: 'account/mfa',
                  lazy: async () => ({ Component: (await import('./account/MfaSettingsPage')).MfaSettingsPage }),
                },
                { path: '*', element: <RouteError /> },
              ],
            },
          ],
        },
      ],
    },
  ];
}
