import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { SessionRefresher } from '../apollo/sessionRefresher';
import type { TokenStore } from '../apollo/tokenStore';

/** The credential plumbing the pages need, passed in (main.tsx wires the real one, tests a fake). */
export interface Session {
  tokens: TokenStore;
  refresher: SessionRefresher;
  /** Drops every trace of the signed-in user from this tab: tokens, cached data, the realtime socket. */
  forget(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ session, children }: { session: Session; children: ReactNode }) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside <SessionProvider>');
  return session;
}

/** Re-renders when tokens are saved or cleared. */
export function useHasAccessToken(): boolean {
  const { tokens } = useSession();
  return useSyncExternalStore(tokens.subscribe, () => tokens.getAccessToken() !== null);
}
