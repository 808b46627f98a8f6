import { createContext, useContext, useMemo } from 'react';
import { composeEmail } from '@/lib/shared/email/compose';
import { programValues } from '@/lib/shared/email/senders';
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
    const step = entry?.program.steps[entry.nextStep.index];
    if (!entry || !account || !inputs || !step) return NONE;
    const values = programValues(entry.program, inputs.settings, inputs.today);
    const email = composeEmail({ program: entry.program, step, account, recipients: entry.recipients, recipientWarnings: entry.warnings, ...values });
    return new Set(email.warnings);
  }, [entry, account, inputs]);
}
