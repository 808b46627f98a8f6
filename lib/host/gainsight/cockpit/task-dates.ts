/**
 * Sets a saved CTA's Email Tasks' due dates the way a CSM does in Cockpit, where a task's Due Date is
 * saved as soon as it is picked: open the task from the Tasks list, type the date into the Task details'
 * Due Date in the field's own format, and answer Cockpit's offer to move the next open tasks as well with
 * "No", so each task gets its own date. Read by label and role; a task the page does not show is named.
 */
import type { IsoDate } from '../../../shared/accounts/account';
import { parseDisplayDate, type DateOrder } from '../../../shared/dates/parse';
import type { TaskDueToSet } from '../../../shared/messaging/fill-messages';
import { waitFor } from '../../dom/observe';
import { normaliseLabel, textOf } from '../../dom/walk';
import { accessibleName, findAllByRole, findByRole } from './accessible';
import { controlByLabel } from './controls';
import { CTA_PAGE_LABELS, dueText } from './cta-page';
import { dateFormatOf, dateText, showsDate } from './date-field';
import { emptyReport, type FillReport } from './fill-report';
import { typeInto } from './field-fill';

const DUE_DATE = 'Due Date';
const NO = 'No';
/** Cockpit answers a saved date within a moment; a slow tenant gets this long per task. */
const STEP_TIMEOUT_MS = 5_000;

export interface TaskDatesOptions {
  signal: AbortSignal;
  dateOrder: () => DateOrder;
}

function taskRow(root: Document, name: string): HTMLElement | null {
  const list = findByRole(root, 'list', CTA_PAGE_LABELS.tasks);
  const wanted = normaliseLabel(name);
  const row = list ? findAllByRole(list, 'listitem').find((item) => normaliseLabel(accessibleName(item)) === wanted) : undefined;
  return row instanceof HTMLElement ? row : null;
}

/** The Task details region once it shows `name`. */
function openDetails(root: Document, name: string): Element | null {
  const details = findByRole(root, 'region', CTA_PAGE_LABELS.taskDetails);
  const heading = details ? findByRole(details, 'heading') : null;
  return heading && normaliseLabel(textOf(heading)) === normaliseLabel(name) ? details : null;
}

const rowShows = (root: Document, name: string, due: IsoDate, order: DateOrder): boolean => {
  const row = taskRow(root, name);
  const text = row ? dueText(row) : null;
  return text !== null && parseDisplayDate(text, order) === due;
};

async function setOne(root: Document, task: TaskDueToSet, options: TaskDatesOptions): Promise<string | null> {
  const { signal } = options;
  const row = taskRow(root, task.name);
  if (!row) return `"${task.name}" is not in the CTA's Tasks list: set its Due Date to ${task.due} by hand.`;
  row.click();
  const details = await waitFor(() => openDetails(root, task.name), { signal, timeoutMs: STEP_TIMEOUT_MS });
  const input = details ? controlByLabel(details, DUE_DATE) : null;
  if (!details || !(input instanceof HTMLInputElement)) return `"${task.name}" shows no ${DUE_DATE} the extension can type in: set it to ${task.due} by hand.`;
  const format = dateFormatOf(input, options.dateOrder);
  if (!showsDate(input.value, task.due, format)) typeInto(input, dateText(task.due, format));
  const saved = await waitFor(() => (rowShows(root, task.name, task.due, options.dateOrder()) ? true : null), { signal, timeoutMs: STEP_TIMEOUT_MS });
  if (!saved) return `Cockpit did not show "${task.name}" due ${task.due}: set its Due Date by hand.`;
  // The offer to move the next tasks too comes with the saved date; without a "No", ignoring it is one.
  const offer = findByRole(details, 'dialog');
  const no = offer ? findByRole(offer, 'button', NO) : null;
  if (no instanceof HTMLElement) no.click();
  return null;
}

/** Sets each task's date in turn (one Task details shows at a time); each one that could not be set is named. */
export async function setTaskDates(root: Document, tasks: readonly TaskDueToSet[], options: TaskDatesOptions): Promise<FillReport> {
  const report = emptyReport();
  for (const task of tasks) {
    if (options.signal.aborted) break;
    const problem = await setOne(root, task, options);
    if (problem) report.problems.push(problem);
    else report.filled.push(task.name);
  }
  return report;
}
