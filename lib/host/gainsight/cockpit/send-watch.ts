/**
 * Tells a sent email from a saved draft. The dialog's Send button is clicked and then the dialog closes
 * (the host closes it only once the send went through; on an error it stays open with an alert). A click
 * on "Save as Draft", Cancel, Back, Escape or an alert appearing after Send all mean "not sent".
 *
 * Only the user's own clicks and keys count (`isTrusted`): a script on the host page can click the Send
 * button or dispatch events, and none of that is ever recorded as a send.
 */
import { observe } from '../../dom/observe';
import { textOf } from '../../dom/walk';
import { accessibleName, findAllByRole } from './accessible';

export type DialogOutcome = 'sent' | 'draft' | 'closed';

const SEND = /^send$/i;
const DRAFT = /save\s*(as\s*)?draft/i;

function buttonIn(event: Event, dialog: HTMLElement): Element | null {
  for (const node of event.composedPath()) {
    if (node === dialog) return null;
    if (node instanceof Element && node.matches('button, [role="button"], input[type="button"], input[type="submit"]')) return node;
  }
  return null;
}

/** Watches one dialog until it closes (or `signal` aborts) and tells how it closed. */
export function watchDialogOutcome(dialog: HTMLElement, signal: AbortSignal, onClose: (outcome: DialogOutcome) => void): void {
  let pending: DialogOutcome = 'closed';
  const done = new AbortController();
  const watch = AbortSignal.any([signal, done.signal]);

  const onClick = (event: Event) => {
    if (!event.isTrusted) return;
    const button = buttonIn(event, dialog);
    if (!button) return;
    const name = accessibleName(button);
    pending = SEND.test(name) ? 'sent' : DRAFT.test(name) ? 'draft' : 'closed';
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.isTrusted && event.key === 'Escape') pending = 'closed';
  };
  dialog.addEventListener('click', onClick, { capture: true, signal: watch });
  document.addEventListener('keydown', onKey, { capture: true, signal: watch });

  // An error shown after Send means the host refused it; the user may fix it and press Send again.
  const refused = () => {
    if (pending === 'sent' && findAllByRole(dialog, 'alert').some((a) => textOf(a) !== '')) pending = 'closed';
  };
  void observe(refused, { signal: watch, root: dialog });
  // The host may remove the dialog or any container around it (an overlay).
  void observe(
    () => {
      if (dialog.isConnected) return false;
      // The last look at the dialog as it closed: an error may have come in the same moment.
      refused();
      done.abort();
      if (!signal.aborted) onClose(pending);
      return true;
    },
    { signal: watch },
  );
}
