import { AppError, type Database } from '@cspmexa/server-kit';
import { findAccount } from '../db/accounts';
import type { AwsAccountRow } from '../db/schema';
import { isUuid } from './ids';

export const accountNotFound = () => new AppError('NOT_FOUND', 'No such AWS account.');

/** The org's account, or NOT_FOUND (also for a malformed id or another org's account). */
export async function requireAccount(db: Database, orgId: string, id: string): Promise<AwsAccountRow> {
  const account = isUuid(id) ? await findAccount(db, orgId, id) : undefined;
  if (!account) throw accountNotFound();
  return account;
}
