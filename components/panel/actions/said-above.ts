import { createContext, useContext, useMemo } from 'react';
import { entryEmail } from '@/lib/shared/planning/entry-email';
import type { DueEntry } from '@/lib/shared/programs/plan';
import { useProgramContext } from './use-program-context';

/**
 * Email warnings the next action already shows ("No value for {{sender.name}}…" is the same on every
 * email of the account): the lists below leave them out, so one problem is said once.
 */
export const SaidAbove = createContext<ReadonlySet<string>>(new Set());

export const useSaidAbove = (): ReadonlySet<string> => useContext(SaidAbove);

const NONE: ReadonlySet<string> = new Set();

/** The email warnings of the next action's due program, composed as its own item composes them. */
export function useWarningsOf(entry: DueEntry | null): ReadonlySet<string> {
  const context = useProgramContext();
  const account = context?.account;
  const inputs = context?.inputs;
  return useMemo(() => {
    const email = entry && account && inputs ? entryEmail(entry, entry.nextStep.index, account, inputs) : null;
    return email ? new Set(email.warnings) : NONE;
  }, [entry, account, inputs]);
}
