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

/** A button that, clicked by the user, closes the dialog with its own outcome once the host takes it. */
export interface ClosingButton<O extends string> {
  name: RegExp;
  outcome: O;
}

const SEND = /^send$/i;
const DRAFT = /save\s*(as\s*)?draft/i;
const EMAIL_BUTTONS: ClosingButton<'sent' | 'draft'>[] = [
  { name: SEND, outcome: 'sent' },
  { name: DRAFT, outcome: 'draft' },
];

function buttonIn(event: Event, dialog: HTMLElement): Element | null {
  for (const node of event.composedPath()) {
    if (node === dialog) return null;
    if (node instanceof Element && node.matches('button, [role="button"], input[type="button"], input[type="submit"]')) return node;
  }
  return null;
}

/** Watches one Edit Email dialog until it closes (or `signal` aborts) and tells how it closed. */
export function watchDialogOutcome(dialog: HTMLElement, signal: AbortSignal, onClose: (outcome: DialogOutcome) => void): void {
  watchDialogClose(dialog, signal, EMAIL_BUTTONS, onClose);
}

/**
 * Watches one dialog until it closes (or `signal` aborts) and tells how: the outcome of the last of
 * `buttons` the user clicked, unless an error showed after it (the host refused it), else 'closed'.
 */
export function watchDialogClose<O extends string>(dialog: HTMLElement, signal: AbortSignal, buttons: readonly ClosingButton<O>[], onClose: (outcome: O | 'closed') => void): void {
  let pending: O | 'closed' = 'closed';
  // The errors shown when the button was clicked: only one written after it (even the same words again) answers that click.
  let seenText = '';
  let seenNodes = new WeakSet<Node>();
  const errors = () => findAllByRole(dialog, 'alert').filter((a) => textOf(a) !== '');
  const textOfAll = (alerts: Element[]) => alerts.map((a) => textOf(a)).join('\n');
  const done = new AbortController();
  const watch = AbortSignal.any([signal, done.signal]);

  const onClick = (event: Event) => {
    if (!event.isTrusted) return;
    const button = buttonIn(event, dialog);
    if (!button) return;
    const name = accessibleName(button);
    pending = buttons.find((b) => b.name.test(name))?.outcome ?? 'closed';
    const alerts = errors();
    seenText = textOfAll(alerts);
    seenNodes = new WeakSet(alerts.flatMap((a) => [...a.childNodes]));
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.isTrusted && event.key === 'Escape') pending = 'closed';
  };
  dialog.addEventListener('click', onClick, { capture: true, signal: watch });
  document.addEventListener('keydown', onKey, { capture: true, signal: watch });

  // An error shown after Send (or Save) means the host refused it; the user may fix it and press it again.
  const refused = () => {
    const alerts = errors();
    const written = textOfAll(alerts) !== seenText || alerts.some((a) => [...a.childNodes].some((n) => !seenNodes.has(n)));
    if (pending !== 'closed' && alerts.length > 0 && written) pending = 'closed';
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
