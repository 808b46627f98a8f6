/**
 * Tells a sent email from a saved draft. The dialog's Send button is clicked and then the dialog closes
 * (the host closes it only once the send went through; on an error it stays open with an alert). A click
 * on "Save as Draft", Cancel, Back, Escape or an alert appearing after Send all mean "not sent".
 *
 * Scoped and finite: one click listener and one observer on this dialog, one observer on its ancestors'
 * children for its removal; all disconnected when it closes or when `signal` aborts (the page app navigated away).
 */
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

export function watchDialogOutcome(dialog: HTMLElement, signal: AbortSignal, onClose: (outcome: DialogOutcome) => void): void {
  let pending: DialogOutcome = 'closed';

  const onClick = (event: Event) => {
    const button = buttonIn(event, dialog);
    if (!button) return;
    const name = accessibleName(button);
    pending = SEND.test(name) ? 'sent' : DRAFT.test(name) ? 'draft' : 'closed';
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') pending = 'closed';
  };
  // An error shown after Send means the host refused it; the user may fix it and press Send again.
  const errors = new MutationObserver(() => {
    if (pending === 'sent' && findAllByRole(dialog, 'alert').some((a) => textOf(a) !== '')) pending = 'closed';
  });
  const removal = new MutationObserver(() => {
    if (!dialog.isConnected) finish(pending);
  });

  function stop() {
    dialog.removeEventListener('click', onClick, true);
    document.removeEventListener('keydown', onKey, true);
    errors.disconnect();
    removal.disconnect();
    signal.removeEventListener('abort', stop);
  }
  function finish(outcome: DialogOutcome) {
    stop();
    onClose(outcome);
  }

  if (signal.aborted) return;
  dialog.addEventListener('click', onClick, true);
  document.addEventListener('keydown', onKey, true);
  errors.observe(dialog, { childList: true, subtree: true, characterData: true });
  // The host may remove the dialog or any container around it (an overlay): watch each ancestor's children.
  for (let node = dialog.parentNode; node; node = node.parentNode) removal.observe(node, { childList: true });
  signal.addEventListener('abort', stop);
}
