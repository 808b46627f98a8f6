/**
 * One schedule: each time Cockpit shows a saved CTA whose program the account is enrolled in, its Email
 * Tasks are held against the catalog's steps. The reminders follow Cockpit (a task date changed there
 * moves them); where Cockpit's dates differ from the catalog's, the panel says so in one line and offers
 * to set the tasks to the catalog's dates, which happens only on that click (Cockpit saves a task's date
 * as it is picked, so setting it is a write the CSM must ask for).
 */
import type { Enrollment } from '../../shared/reminders/records';
import { accountKeyOf } from '../../shared/reminders/keys';
import { accountRef } from '../../shared/planning/sequence';
import { scheduleFromTasks } from '../../shared/planning/cta-steps';
import { differingTasks, pairTaskDates, taskDatesLine, type TaskDates } from '../../shared/planning/task-dates';
import { formatDate } from '../../shared/planning/format';
import type { TaskDueToSet } from '../../shared/messaging/fill-messages';
import { localeDateOrder } from '../../shared/dates/page-order';
import type { DateOrder } from '../../shared/dates/parse';
import type { Settings } from '../../shared/settings/schema';
import { repository } from '../../extension/reminders/repository';
import { catalogInUse } from '../../extension/settings/custom-catalog';
import { loadSettings } from '../../extension/settings/stored-settings';
import { broadcastToPanels } from '../panel/panel-ports';
import { getTab, updateRecord, type TabRecord } from './tab-records';

/** The order Cockpit's numeric dates are read in: the user's setting, else the browser's language's. */
const dateOrderOf = (settings: Settings): DateOrder => {
  const setting = settings.gainsight.dateOrder;
  return setting === 'auto' ? localeDateOrder(navigator.language) : setting;
};

export const cockpitDateOrder = async (): Promise<DateOrder> => dateOrderOf(await loadSettings());

interface CtaSchedule {
  enrollment: Enrollment;
  dates: TaskDates | null;
  order: DateOrder;
}

/** The tab's saved CTA, its program's active enrollment and how their dates pair; null when any is missing. */
async function scheduleOf(record: TabRecord): Promise<CtaSchedule | null> {
  const view = record.view;
  const cta = record.lastCta;
  if (view.status !== 'ready' || !view.cockpit?.programId || record.page?.site !== 'gainsight' || record.page.kind !== 'cockpit' || !record.page.ctaId || !cta) return null;
  const programId = view.cockpit.programId;
  const settings = await loadSettings();
  const program = (await catalogInUse(settings)).catalog.programs.find((p) => p.id === programId);
  const history = await repository().forAccount(accountKeyOf(accountRef(view.account)));
  const enrollment = history.enrollments.find((e) => e.programId === programId && e.status === 'active');
  if (!program || !enrollment) return null;
  const order = dateOrderOf(settings);
  return { enrollment, order, dates: pairTaskDates(cta.tasks, program.steps, enrollment.startedOn, order, enrollment.currentStep) };
}

/** The reminders take the CTA's schedule as Cockpit shows it now. */
async function followCockpit(record: TabRecord, { enrollment, order }: CtaSchedule): Promise<void> {
  const schedule = scheduleFromTasks(record.lastCta?.tasks ?? [], enrollment.startedOn, order);
  if (!schedule) return;
  const { account, programId, programName, recipients } = enrollment;
  const followed = await repository().followSchedule({ account, programId, programName, recipients, ...schedule });
  if (followed) broadcastToPanels({ type: 'history-changed' });
}

/** Compares the tab's CTA with the catalog, lets the reminders follow Cockpit, and puts the panel's line in the view. */
export async function compareCtaSchedule(tabId: number): Promise<void> {
  const record = await getTab(tabId);
  if (!record) return;
  const schedule = await scheduleOf(record);
  if (schedule) await followCockpit(record, schedule);
  const line = schedule ? taskDatesLine(schedule.dates, (date) => formatDate(date)) : null;
  const current = await getTab(tabId);
  if (current?.key !== record.key || current.view.status !== 'ready' || !current.view.cockpit) return;
  const { taskDates: _previous, ...cockpit } = current.view.cockpit;
  const taskDates = line ? { line, canSet: differingTasks(schedule?.dates ?? null).length > 0 } : undefined;
  updateRecord(tabId, current.key, { view: { ...current.view, cockpit: { ...cockpit, ...(taskDates ? { taskDates } : {}) } } });
}

/** What the panel's button sets: each paired task whose date is not its catalog step's. Worked out here, never taken from the panel. */
export async function taskDatesToSet(record: TabRecord): Promise<TaskDueToSet[]> {
  const schedule = await scheduleOf(record);
  return differingTasks(schedule?.dates ?? null).map((task) => ({ name: task.name, due: task.catalog }));
}
