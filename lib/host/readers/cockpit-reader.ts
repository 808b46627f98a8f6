/**
 * Cockpit: reports the CTA a page shows (company, playbook, open Email Task), again when a task's due
 * date changes, and the Edit Email dialog's life: when it opens, so the panel can prefill it, and how it
 * closed, so a Send the user clicked is recorded. The create page (`?cid=…&create=1`) reports no CTA:
 * the background fills the form a "Start playbook" sent it there for.
 */
import { observe, waitFor, watchPage } from '../dom/observe';
import { findByRole } from '../gainsight/cockpit/accessible';
import { CTA_PAGE_LABELS, readCtaPage, type CtaPageReading } from '../gainsight/cockpit/cta-page';
import { findEditEmailDialog } from '../gainsight/cockpit/email-dialog-find';
import { watchDialogOutcome } from '../gainsight/cockpit/send-watch';
import type { CtaInfo } from '../../shared/messaging/page-messages';
import { sendPageMessage } from './runtime';
import type { GainsightPage } from '../../shared/urls/record-urls';
import { report, type Reading } from './reading';

type CockpitPage = Extract<GainsightPage, { kind: 'cockpit' }>;

/** How many times one reading reports the CTA again for changed task dates. */
const MAX_TASK_REPORTS = 50;
/** After a click on Validate Email the dialog may take a moment to open. */
const AFTER_CLICK_MS = 3_000;

export async function readCockpitPage({ page, signal }: Reading<CockpitPage>): Promise<void> {
  let cta: CtaInfo | null = null;
  const send = (dialog: { taskName: string | null } | null) => report(signal, { kind: 'cockpit', cta, dialog });
  if (!page.ctaId) return send(null);

  cta = await watchPage<CtaPageReading>({
    signal,
    read: () => readCtaPage(document),
    isComplete: (r) => r.companyId !== null && r.playbook !== null,
    onChange: () => undefined,
  });
  send(null);
  watchEmailDialogs(signal, () => cta, send);
  watchTaskDates(signal, () => cta, (next) => {
    cta = next;
    send(null);
  });
}

/** A task's due date changed in Cockpit (by the CSM, or on the panel's button): the CTA is reported again. */
function watchTaskDates(signal: AbortSignal, last: () => CtaInfo | null, changed: (cta: CtaInfo) => void): void {
  const list = findByRole(document, 'list', CTA_PAGE_LABELS.tasks);
  if (!list) return;
  let reports = 0;
  const check = () => {
    const before = last();
    const tasks = readCtaPage(document).tasks;
    if (!before || JSON.stringify(tasks) === JSON.stringify(before.tasks)) return false;
    changed({ ...before, tasks });
    // A CSM changes a few dates; a page that keeps rewriting them is not followed for ever.
    return ++reports >= MAX_TASK_REPORTS;
  };
  void observe(check, { signal, root: list });
}

function watchEmailDialogs(signal: AbortSignal, cta: () => CtaInfo | null, send: (dialog: { taskName: string | null } | null) => void): void {
  let current: HTMLElement | null = null;
  const check = () => {
    const dialog = findEditEmailDialog(document);
    if (!dialog || dialog === current || signal.aborted) return;
    current = dialog;
    // The task whose details are open is the one the dialog edits.
    const taskName = readCtaPage(document).taskName;
    send({ taskName });
    watchDialogOutcome(dialog, signal, (outcome) => {
      current = null;
      send(null);
      if (outcome === 'sent') void sendPageMessage('page.detectedSend', { url: location.href, playbook: cta()?.playbook ?? null, taskName }).catch(() => undefined);
    });
  };
  // Dialogs open as children of <body>, or some time after the user's click.
  void observe(check, { signal, subtree: false });
  document.addEventListener(
    'click',
    (event) => {
      if (event.isTrusted) void waitFor(() => findEditEmailDialog(document), { signal, timeoutMs: AFTER_CLICK_MS }).then(check);
    },
    { capture: true, signal },
  );
}
