/**
 * On a Cockpit CTA page: notices the Edit Email dialog opening (after Validate Email), tells the sidebar
 * which program step it is for, and reports how it closed (sent, draft, cancelled).
 *
 * Not a page-wide subtree observer: dialogs open as direct children of <body> (watched with childList
 * only) or after a click (then one bounded wait). Each dialog gets its own scoped outcome watch.
 */
import { findEditEmailDialog, fillEmailDialog } from '@/lib/adapters/gainsight/cockpit/email-dialog';
import { readCtaPage } from '@/lib/adapters/gainsight/cockpit/cta-page';
import { programForPlaybook, stepForTask } from '@/lib/adapters/gainsight/cockpit/match-program';
import { watchDialogOutcome, type DialogOutcome } from '@/lib/adapters/gainsight/cockpit/send-watch';
import { waitFor } from '@/lib/adapters/gainsight/cockpit/wait-for';
import type { Catalog, Program } from '@/lib/programs/types';
import type { OpenEmailDialog } from '@/components/sidebar/actions/page-actions';

const AFTER_CLICK_MS = 3_000;

export interface DialogWatch {
  signal: AbortSignal;
  catalog: Catalog;
  /** The dialog that opened (or null once it closed). */
  onDialog(dialog: OpenEmailDialog | null): void;
  /** How it closed, for the program step it was for. */
  onClosed(outcome: DialogOutcome, program: Program | null, step: number | null): void;
}

function describe(dialog: HTMLElement, catalog: Catalog): { open: OpenEmailDialog; program: Program | null } {
  const page = readCtaPage(document);
  const program = page.playbook ? programForPlaybook(catalog, page.playbook) : null;
  const stepIndex = program && page.taskName ? stepForTask(program, page.taskName) : null;
  return {
    program,
    open: { programId: program?.id ?? null, stepIndex, taskName: page.taskName, fill: (email) => fillEmailDialog(dialog, email) },
  };
}

export function watchEmailDialogs({ signal, catalog, onDialog, onClosed }: DialogWatch): void {
  let current: HTMLElement | null = null;

  const check = () => {
    const dialog = findEditEmailDialog(document);
    if (!dialog || dialog === current || signal.aborted) return;
    current = dialog;
    const { open, program } = describe(dialog, catalog);
    onDialog(open);
    watchDialogOutcome(dialog, signal, (outcome) => {
      current = null;
      onDialog(null);
      onClosed(outcome, program, open.stepIndex);
    });
  };

  let frame = 0;
  const bodyChildren = new MutationObserver(() => {
    if (!frame) frame = requestAnimationFrame(() => ((frame = 0), check()));
  });
  const onClick = () => void waitFor(() => findEditEmailDialog(document), { signal, timeoutMs: AFTER_CLICK_MS }).then(check);

  bodyChildren.observe(document.body, { childList: true });
  document.addEventListener('click', onClick, true);
  signal.addEventListener('abort', () => {
    bodyChildren.disconnect();
    cancelAnimationFrame(frame);
    document.removeEventListener('click', onClick, true);
  });
  check();
}
