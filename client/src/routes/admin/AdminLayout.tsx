import { Button, Group, Stack, Title } from '@mantine/core';
import { NavLink, Outlet } from 'react-router';
import { RequireAdmin } from '../../auth/RequireAdmin';
import { ADMIN_SECTIONS } from './adminSections';

/** The Admin frame: its sections as links (aria-current on the open one) above the section's page. */
export function AdminLayout() {
  return (
    <Stack>
      <Title order={1}>Admin</Title>
      <RequireAdmin>
        <Group component="nav" aria-label="Admin sections" gap="xs">
          {ADMIN_SECTIONS.map((section) => (
            <NavLink key={section.to} to={section.to} style={{ textDecoration: 'none' }}>
              {({ isActive }) => (
                <Button component="span" variant={isActive ? 'light' : 'subtle'} size="sm">
                  {section.label}
                </Button>
              )}
            </NavLink>
          ))}
        </Group>
        <Outlet />
      </RequireAdmin>
    </Stack>
  );
}
