import { createContext, useContext, type ReactNode } from 'react';
import { useRoleFix, type RoleFixControls } from './use-role-fix';

const Scope = createContext<RoleFixControls | null>(null);

/**
 * Holds one account's role fix, so the fix can sit at the top as the next action and, once the account
 * has its admin, below it, without losing what it just did ("… is now GitLab Admin."). Mount it keyed by
 * account: a fix never leaks to another account.
 */
export function RoleFixScope({ children }: { children: ReactNode }) {
  return <Scope.Provider value={useRoleFix()}>{children}</Scope.Provider>;
}

/** The scope's fix; a RoleFix rendered on its own (tests, My book) keeps its own. */
export function useScopedRoleFix(): RoleFixControls {
  const own = useRoleFix();
  return useContext(Scope) ?? own;
}
