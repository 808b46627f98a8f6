import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import type { Status } from '../actions/StatusLine';

/**
 * What the last action on a program did ("… recorded as sent. Next: …"), kept above the program lists:
 * the action plans again, which can move the program to another list and so mount a new item. That
 * item shows the outcome and takes the focus, so a keyboard user is not dropped on the page and hears
 * where the program is now.
 */
export interface ProgramOutcome {
  /** The account it was for: another account's program of the same name says nothing of it. */
  accountId: string;
  programId: string;
  status: Status;
}

interface OutcomeContext {
  outcome: ProgramOutcome | null;
  report(outcome: ProgramOutcome): void;
}

const Context = createContext<OutcomeContext | null>(null);

export function ProgramOutcomeProvider({ children }: { children: ReactNode }) {
  const [outcome, setOutcome] = useState<ProgramOutcome | null>(null);
  const report = useCallback((next: ProgramOutcome) => setOutcome(next), []);
  return <Context.Provider value={{ outcome, report }}>{children}</Context.Provider>;
}

/** The last outcome, and how to report one; outside the lists (no provider) `report` is null. */
export function useProgramOutcome(): { outcome: ProgramOutcome | null; report: ((outcome: ProgramOutcome) => void) | null } {
  const context = useContext(Context);
  return { outcome: context?.outcome ?? null, report: context?.report ?? null };
}
