import { NavLink as MantineNavLink } from '@mantine/core';
import { NavLink } from 'react-router';
import { useViewerRole } from '../../auth/useViewerRole';
import { NAVIGATION } from './navigation';

/** Router links styled as Mantine nav links; react-router sets aria-current="page" on the active one. */
export function NavigationLinks({ onNavigate }: { onNavigate?: () => void }) {
  const isAdmin = useViewerRole() === 'ADMIN';
  return (
    <nav aria-label="Main">
      {NAVIGATION.filter((entry) => isAdmin || !entry.adminOnly).map((entry) => (
        <NavLink key={entry.to} to={entry.to} end={entry.end} onClick={onNavigate} style={{ textDecoration: 'none' }}>
          {({ isActive }) => <MantineNavLink component="span" label={entry.label} active={isActive} />}
        </NavLink>
      ))}
    </nav>
  );
}
