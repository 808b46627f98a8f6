import { useCallback, useEffect, useRef, useState } from 'react';
import type { Contact } from '@/lib/shared/accounts/account';
import type { MakeAdminResult } from '@/lib/ui/panel/panel-backend';
import { usePanel } from '../StoreContext';

/**
 * The one-click fix as a small state machine: ask → confirm → saving → done or failed. Nothing is
 * shown as changed until Salesforce answered 2xx (no optimistic update), and a failure leaves the
 * choices in place so the user can retry once the cause is fixed.
 */
export type FixState =
  | { step: 'idle'; returnFocusTo?: string }
  | { step: 'confirming'; contact: Contact }
  | { step: 'saving'; contact: Contact }
  | { step: 'done'; contact: Contact; alreadyAdmin: boolean; note?: string }
  | { step: 'failed'; contact: Contact; message: string; signInAgain: boolean };

export interface RoleFixControls {
  state: FixState;
  ask(contact: Contact): void;
  cancel(): void;
  confirm(): Promise<void>;
}

export function useRoleFix(): RoleFixControls {
  return useRoleFixWith(usePanel((s) => s.actions.makeAdmin));
}

/** The same state machine over another way of making the admin (My book's, which names the account too). */
export function useRoleFixWith(makeAdmin: (contactId: string) => Promise<MakeAdminResult>): RoleFixControls {
  const [state, setState] = useState<FixState>({ step: 'idle' });
  // The answer may arrive after the user moved to another record; a dead panel must not be updated.
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const ask = useCallback((contact: Contact) => setState({ step: 'confirming', contact }), []);
  const cancel = useCallback(() => setState((s) => ({ step: 'idle', returnFocusTo: s.step === 'confirming' ? s.contact.id : undefined })), []);

  const confirm = useCallback(async () => {
    if (state.step !== 'confirming') return;
    const { contact } = state;
    const id = contact.id;
    if (!id) return;
    setState({ step: 'saving', contact });
    let next: FixState;
    try {
      const result = await makeAdmin(id);
      next = result.ok
        ? { step: 'done', contact: { ...contact, name: result.name || contact.name }, alreadyAdmin: result.alreadyAdmin, ...(result.note ? { note: result.note } : {}) }
        : { step: 'failed', contact, message: result.message, signInAgain: result.signInAgain };
    } catch (cause) {
      // The worker was restarted or the extension reloaded mid-call: Salesforce's answer is unknown.
      const message = `The extension could not finish the change (${cause instanceof Error ? cause.message : String(cause)}). Reload the page to see whether it was saved.`;
      next = { step: 'failed', contact, message, signInAgain: false };
    }
    if (mounted.current) setState(next);
  }, [state, makeAdmin]);

  return { state, ask, cancel, confirm };
}
