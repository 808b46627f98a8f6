/**
 * A started sequence is pending until its CTA exists (seed 002: "Save the CTA" comes first): Start fills
 * the Create CTA form and records nothing; Cancel leaves nothing behind; the user's Save, with Cockpit then
 * showing the CTA, records the enrollment, whose reminders follow the CTA's own Email Tasks.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { daysBetween } from '../../lib/shared/dates/iso';
import { toIsoDate } from '../../lib/shared/dates/local';
import { C360, launch, panelFor, recordedFor, sample, setSender, type Harness } from './harness';

const today = toIsoDate(new Date());

let h: Harness;
let page: Page;

beforeAll(async () => {
  h = await launch();
  await setSender(h);
  page = await h.context.newPage();
});
afterAll(async () => {
  await h?.close();
});

async function planShown(panel: Locator, name: string): Promise<void> {
  await panel.getByRole('heading', { name, exact: true }).waitFor({ timeout: 60_000 });
  await panel.getByText('Still reading the page…').waitFor({ state: 'detached', timeout: 60_000 });
}

const programItem = (panel: Locator, name: string) => panel.getByRole('listitem', { name: new RegExp(`^${name}`) });

describe('a started sequence waits for its CTA', () => {
  const duo = () => sample(h.sandbox, 'new-duo-purchase');

  async function startDuo(): Promise<{ panel: Locator; form: Locator }> {
    const panel = await panelFor(h, page);
    await planShown(panel, duo().account.name);
    const item = programItem(panel, 'Duo Admin Onboarding');
    await item.getByRole('button', { name: 'Start Duo Admin Onboarding' }).click();
    const form = page.getByRole('dialog', { name: 'Create CTA' });
    await form.waitFor();
    await expect.poll(() => item.getByRole('status').first().textContent()).toContain('Filled Company, Type, Name, Reason, Due Date, Playbook');
    await item.getByText(/^Started, not saved yet: the reminders begin once you click Save on the CTA\.$/).waitFor();
    return { panel, form };
  }

  it('Start → Cancel: nothing is recorded, and the panel no longer says it started', async () => {
    await page.goto(C360(duo().gainsightId));
    const { panel, form } = await startDuo();
    await form.getByRole('button', { name: 'Cancel' }).click();
    await panel.getByText(`The CTA for Duo Admin Onboarding was not saved: nothing was started.`).waitFor();
    expect(await panel.getByText(/^Started, not saved yet/).count()).toBe(0);
    expect(h.sandbox.state.ctas).toHaveLength(0);
    const recorded = await recordedFor(h, duo().gainsightId);
    expect(recorded.enrollments).toEqual([]);
    expect(recorded.reminders).toEqual([]);
  });

  it("Start → Save: the CTA opens in Cockpit and the reminders carry its Email Tasks' names and dates", async () => {
    const { panel, form } = await startDuo();
    expect((await recordedFor(h, duo().gainsightId)).enrollments).toEqual([]);
    await form.getByRole('button', { name: 'Save' }).click();

    await page.waitForURL(/\/v1\/ui\/cockpit\?ctaId=/);
    await panel.getByText(/^Sequence started: .* The reminders follow the CTA's Email Tasks\.$/).waitFor({ timeout: 60_000 });
    const cta = h.sandbox.state.ctas[0]!;
    expect(cta.tasks.length).toBeGreaterThan(1);
    const recorded = await recordedFor(h, duo().gainsightId);
    expect(recorded.enrollments).toHaveLength(1);
    const enrollment = recorded.enrollments[0] as { startedOn: string; steps: { index: number; name: string; offsetDays: number }[] };
    expect(enrollment.steps).toEqual(cta.tasks.map((task, index) => ({ index, name: task.name, offsetDays: daysBetween(enrollment.startedOn, task.dueDate) })));
    expect(recorded.reminders).toMatchObject([{ step: 0, stepName: cta.tasks[0]!.name, dueDate: cta.tasks[0]!.dueDate, status: 'pending' }]);
    expect(enrollment.startedOn).toBe(today);
    expect(await panel.getByText(/^Started, not saved yet/).count()).toBe(0);
  });
});
