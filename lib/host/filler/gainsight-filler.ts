/**
 * The form fillers, injected into a Gainsight tab only when the side panel asks for a fill. They put
 * values into the host's own controls and never submit anything: the CSM reviews and clicks Save or Send.
 * The one exception is a task's Due Date, which Cockpit saves as it is picked: it is set only when the
 * user clicked the panel's button for exactly that.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { fillCreateCta } from '../gainsight/cockpit/create-cta';
import { fillEmailDialog } from '../gainsight/cockpit/email-dialog';
import { findEditEmailDialog, isEditing } from '../gainsight/cockpit/email-dialog-find';
import { openCreateCtaForm } from '../gainsight/cockpit/open-create-cta';
import { setTaskDates } from '../gainsight/cockpit/task-dates';
import type { FillOutcome, TabCommand } from '../../shared/messaging/fill-messages';
import { pageDateOrder } from '../../shared/dates/page-order';
import { pageText } from '../dom/page-text';
import { gainsightPage } from '../../shared/urls/record-urls';
import { watchCreateCtaForm } from '../readers/cta-form-watch';

/** Long enough for a slow tenant (or a busy machine) to open the dialog or load Cockpit, short enough to report it. */
const FORM_TIMEOUT_MS = 10_000;

async function run(command: TabCommand, signal: AbortSignal): Promise<FillOutcome> {
  if (command.type === 'fill.createCta') {
    const untilRendered = gainsightPage(location.href)?.kind === 'cockpit';
    const form = await openCreateCtaForm(document, { signal, timeoutMs: FORM_TIMEOUT_MS, untilRendered });
    if (!form) return { kind: 'unavailable', message: 'This page has no Create CTA button: open Cockpit and create the CTA there.' };
    const dateOrder = pageDateOrder(command.form.dateOrder ?? 'auto', () => pageText(document), navigator.language);
    const report = await fillCreateCta(form, command.form, { signal, dateOrder });
    watchCreateCtaForm(form, signal);
    return { kind: 'filled', report };
  }
  if (command.type === 'fill.taskDates') {
    const dateOrder = pageDateOrder(command.dateOrder ?? 'auto', () => pageText(document), navigator.language);
    return { kind: 'filled', report: await setTaskDates(document, command.tasks, { signal, dateOrder }) };
  }
  const dialog = findEditEmailDialog(document);
  if (!dialog || !isEditing(dialog)) return { kind: 'unavailable', message: 'The Edit Email dialog is not open: click Validate Email on the task first.' };
  return { kind: 'filled', report: await fillEmailDialog(dialog, command.email, signal) };
}

function isCommand(message: unknown): message is TabCommand {
  const type = (message as { type?: unknown } | null)?.type;
  return type === 'fill.createCta' || type === 'fill.emailDialog' || type === 'fill.taskDates';
}

export function runFillers(ctx: ContentScriptContext): void {
  const controller = new AbortController();
  ctx.onInvalidated(() => controller.abort());
  // Only the extension itself can message a content script: a host page cannot reach this listener.
  const listener = (message: unknown) => (isCommand(message) ? run(message, controller.signal) : undefined);
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
