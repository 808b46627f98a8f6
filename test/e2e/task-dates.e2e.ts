/**
 * One schedule (issue 25): Gainsight dates a new CTA's tasks by its playbook's days, and lets a CSM change
 * a task's Due Date in Cockpit (saved as it is picked). After Save the panel says where those dates differ
 * from the catalog's steps, sets them to the catalog's on the CSM's click, and the reminders equal them;
 * when a task's date is changed in Cockpit later, the reminders follow Cockpit and the panel says so.
 */
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../../lib/shared/dates/iso';
import { toIsoDate } from '../../lib/shared/dates/local';
import { formatDate } from '../../lib/shared/planning/format';
import { C360, panelFor, recordedFor, sample } from './harness';
import { extensionSession, planShown } from './session';

const today = toIsoDate(new Date());
const PLAYBOOK = 'Net-New Onboarding Email Series';
const TASKS = ['Email 1: Welcome to GitLab', 'Email 2: Organize your work', 'Email 3: Your first pipeline'];
/** The catalog's days for Net-New Onboarding (the team's choice, 'step-days'); the tenant's playbook says 0, 3 and 10. */
const CATALOG_DAYS = [0, 7, 14];

const session = extensionSession();

/** Start on the company's C360 page, then the CSM's Save: the tab moves to the saved CTA in Cockpit. */
async function startAndSave(account: { gainsightId: string; account: { name: string } }, program: string, host = 'gitlab.gainsightcloud.com'): Promise<Locator> {
  await session.page.goto(host === 'gitlab.gainsightcloud.com' ? C360(account.gainsightId) : `https://${host}/v1/ui/customersuccess360?cid=${account.gainsightId}`);
  const panel = await panelFor(session.h, session.page);
  await planShown(panel, account.account.name);
  const item = panel.getByRole('listitem', { name: new RegExp(`^${program}`) });
  await item.getByRole('button', { name: `Start ${program}` }).click();
  await item.getByRole('status').filter({ hasText: /^Filled .*Playbook/ }).waitFor({ timeout: 30_000 });
  await session.page.getByRole('dialog', { name: 'Create CTA' }).getByRole('button', { name: 'Save' }).click();
  await session.page.waitForURL(/\/v1\/ui\/cockpit\?ctaId=/);
  await panel.getByText(/^Sequence started: .* The reminders follow the CTA's Email Tasks\.$/).waitFor({ timeout: 60_000 });
  return panel;
}

const taskDates = (panel: Locator) => panel.getByRole('group', { name: 'CTA task dates' });
const day = (offset: number) => formatDate(addDays(today, offset));
type Enrollment = { startedOn: string; steps: { name: string; offsetDays: number }[] };

async function enrollmentOf(gainsightId: string): Promise<Enrollment> {
  const recorded = await recordedFor(session.h, gainsightId);
  expect(recorded.enrollments).toHaveLength(1);
  return recorded.enrollments[0] as Enrollment;
}

describe("the CTA's task dates and the catalog's steps", () => {
  const onboarding = () => sample(session.h.sandbox, 'new-subscription-day-2');

  it("after Save the panel says which dates differ, sets them to the catalog's on a click, and the reminders equal them; a date changed in Cockpit later is said and followed", async () => {
    session.h.sandbox.state.switches.playbookDueDays = { [PLAYBOOK]: [0, 3, 10] };
    const panel = await startAndSave(onboarding(), 'Net-New Onboarding');
    const cta = () => session.h.sandbox.state.ctas.find((c) => c.companyId === onboarding().gainsightId)!;
    expect(cta().tasks.map((t) => t.dueDate)).toEqual([today, addDays(today, 3), addDays(today, 10)]);

    // Saved: Cockpit's dates are the playbook's, and the panel names each one that is not the catalog's.
    const line = `Cockpit's due dates differ from the catalog's: ${TASKS[1]} ${day(3)} (catalog ${day(7)}); ${TASKS[2]} ${day(10)} (catalog ${day(14)}). The reminders follow Cockpit.`;
    await taskDates(panel).getByText(line, { exact: true }).waitFor({ timeout: 30_000 });

    await taskDates(panel).getByRole('button', { name: "Set the tasks to the catalog's dates" }).click();
    await panel.getByRole('status').filter({ hasText: `Set the due date of ${TASKS[1]}, ${TASKS[2]} in Cockpit.` }).waitFor({ timeout: 30_000 });
    await taskDates(panel).waitFor({ state: 'detached', timeout: 30_000 });
    expect(cta().tasks.map((t) => t.dueDate)).toEqual(CATALOG_DAYS.map((d) => addDays(today, d)));
    // Cockpit shows them too, and the reminders' schedule is the tasks' dates: one schedule.
    for (const [i, name] of TASKS.entries()) await session.page.getByRole('listitem', { name }).getByText(`Due ${day(CATALOG_DAYS[i]!)}`).waitFor();
    await expect.poll(async () => (await enrollmentOf(onboarding().gainsightId)).steps.map((s) => s.offsetDays)).toEqual(CATALOG_DAYS);
    const enrollment = await enrollmentOf(onboarding().gainsightId);
    expect(enrollment.steps.map((s) => addDays(enrollment.startedOn, s.offsetDays))).toEqual(cta().tasks.map((t) => t.dueDate));
    expect((await recordedFor(session.h, onboarding().gainsightId)).reminders).toMatchObject([{ step: 0, stepName: TASKS[0], dueDate: today, status: 'pending' }]);

    // The CSM moves one task in Cockpit: its Due Date, then No to moving the others.
    await session.page.getByRole('listitem', { name: TASKS[1] }).click();
    const details = session.page.getByRole('region', { name: 'Task details' });
    await details.getByRole('heading', { name: TASKS[1] }).waitFor();
    await details.getByLabel('Due Date').fill(addDays(today, 9));
    await details.getByRole('alertdialog').getByRole('button', { name: 'No', exact: true }).click();
    const changed = `Cockpit's due dates differ from the catalog's: ${TASKS[1]} ${day(9)} (catalog ${day(7)}). The reminders follow Cockpit.`;
    await taskDates(panel).getByText(changed, { exact: true }).waitFor({ timeout: 30_000 });
    await expect.poll(async () => (await enrollmentOf(onboarding().gainsightId)).steps.map((s) => s.offsetDays)).toEqual([0, 9, 14]);

    // Read again later (the page loaded anew), Cockpit's date still differs and the panel still says so.
    await session.page.reload();
    await taskDates(panel).getByText(changed, { exact: true }).waitFor({ timeout: 60_000 });
    expect(daysBetween(today, cta().tasks[1]!.dueDate)).toBe(9);
  });

  it("on a tenant whose Cockpit types dates as MM/DD/YYYY, the tasks' Due Dates are typed that way", async () => {
    session.h.sandbox.state.switches.playbookDueDays = { [PLAYBOOK]: [0, 3, 10] };
    const panel = await startAndSave(onboarding(), 'Net-New Onboarding', 'combobox.gainsightcloud.com');
    const cta = session.h.sandbox.state.ctas.filter((c) => c.companyId === onboarding().gainsightId).at(-1)!;
    await taskDates(panel).getByRole('button', { name: "Set the tasks to the catalog's dates" }).click();
    await taskDates(panel).waitFor({ state: 'detached', timeout: 30_000 });
    expect(cta.tasks.map((t) => t.dueDate)).toEqual(CATALOG_DAYS.map((d) => addDays(today, d)));
    const [year, month, date] = addDays(today, 14).split('-');
    expect(await session.page.getByRole('region', { name: 'Task details' }).getByLabel('Due Date').inputValue()).toBe(`${month}/${date}/${year}`);
  });

  it("a playbook whose tasks cannot be paired with the catalog's steps keeps Gainsight's dates, and the panel says why", async () => {
    const duo = sample(session.h.sandbox, 'new-duo-purchase');
    const panel = await startAndSave(duo, 'Duo Admin Onboarding');
    const cta = session.h.sandbox.state.ctas.find((c) => c.companyId === duo.gainsightId)!;
    const line = 'The CTA has 3 Email Tasks and the catalog 2 steps, so their dates cannot be paired: the reminders follow Cockpit.';
    await taskDates(panel).getByText(line, { exact: true }).waitFor({ timeout: 30_000 });
    expect(await taskDates(panel).getByRole('button').count()).toBe(0);
    expect(cta.tasks.map((t) => t.dueDate)).toEqual([today, addDays(today, 2), addDays(today, 4)]);
  });
});
