/**
 * First start: an empty database gets the default organization and its first admin. Idempotent across restarts
 * and safe when two replicas start at once: both inserts are ON CONFLICT DO NOTHING on unique keys, and only the
 * replica whose admin row was stored announces the password.
 */
import type { Logger } from '@cspmexa/server-kit';
import { normalizeEmail } from './email';
import type { OrganizationStore, UserStore } from './model';
import { generatePassword, hashPassword } from './password';

export const DEFAULT_ORGANIZATION = { slug: 'default', name: 'Default organization' } as const;

export interface BootstrapDeps {
  organizations: OrganizationStore;
  users: UserStore;
  logger: Logger;
  /** Where a generated password is shown once: stdout, deliberately not the log pipeline (which keeps it). */
  announce: (line: string) => void;
}

export type BootstrapResult = { created: false } | { created: true; userId: string; orgId: string; generatedPassword: boolean };

export async function bootstrapFirstAdmin(
  deps: BootstrapDeps,
  admin: { email: string; password?: string | undefined },
): Promise<BootstrapResult> {
  // Keyed on users rather than organizations: a start that died between the two inserts is completed next time.
  if (await deps.users.anyExists()) return { created: false };
  const org = await deps.organizations.ensure(DEFAULT_ORGANIZATION.slug, DEFAULT_ORGANIZATION.name);
  const email = normalizeEmail(admin.email);
  const password = admin.password ?? generatePassword();
  const user = await deps.users.insertIfAbsent({
    orgId: org.id,
    email,
    passwordHash: await hashPassword(password),
    role: 'ADMIN',
    displayName: 'Administrator',
  });
  if (!user) return { created: false };
  deps.logger.info({ orgId: org.id, userId: user.id, email }, 'bootstrap admin created');
  if (!admin.password) deps.announce(`Bootstrap admin: ${email} / ${password} (shown once; change it)`);
  return { created: true, userId: user.id, orgId: org.id, generatedPassword: !admin.password };
}
