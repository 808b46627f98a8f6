/**
 * A started sequence is pending until its CTA exists (seed 002: "Save the CTA" comes first): Start fills
 * the Create CTA form and records nothing; Cancel leaves nothing behind; the user's Save, with Cockpit then
 * showing the CTA, records the enrollment, whose reminders follow the CTA's own Email Tasks.
 */
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { daysBetween } from '../../lib/shared/dates/iso';
import { toIsoDate } from '../../lib/shared/dates/local';
import { C360, panelFor, recordedFor, sample } from './harness';
import { extensionSession, planShown, programItem } from './session';

const today = toIsoDate(new Date());

const session = extensionSession();

describe('a started sequence waits for its CTA', () => {
  const duo = () => sample(session.h.sandbox, 'new-duo-purchase');

  async function startDuo(): Promise<{ panel: Locator; form: Locator }> {
    const panel = await panelFor(session.h, session.page);
    await planShown(panel, duo().account.name);
    const item = programItem(panel, 'Duo Admin Onboarding');
    await item.getByRole('button', { name: 'Start Duo Admin Onboarding' }).click();
    const form = session.page.getByRole('dialog', { name: 'Create CTA' });
    await form.waitFor();
    await expect.poll(() => item.getByRole('status').first().textContent()).toContain('Filled Company, Type, Name, Reason, Due Date, Playbook');
    await item.getByText(/^Started, not saved yet: the reminders begin once you click Save on the CTA\.$/).waitFor();
    return { panel, form };
  }

  it('Start → Cancel: nothing is recorded, and the panel no longer says it started', async () => {
    await session.page.goto(C360(duo().gainsightId));
    const { panel, form } = await startDuo();
    await form.getByRole('button', { name: 'Cancel' }).click();
    await panel.getByText(`The CTA for Duo Admin Onboarding was not saved: nothing was started.`).waitFor();
    expect(await panel.getByText(/^Started, not saved yet/).count()).toBe(0);
    expect(session.h.sandbox.state.ctas).toHaveLength(0);
    const recorded = await recordedFor(session.h, duo().gainsightId);
    expect(recorded.enrollments).toEqual([]);
    expect(recorded.reminders).toEqual([]);
  });

  it("Start → Save: the CTA opens in Cockpit and the reminders carry its Email Tasks' names and dates", async () => {
    const { panel, form } = await startDuo();
    expect((await recordedFor(session.h, duo().gainsightId)).enrollments).toEqual([]);
    await form.getByRole('button', { name: 'Save' }).click();

    await session.page.waitForURL(/\/v1\/ui\/cockpit\?ctaId=/);
    await panel.getByText(/^Sequence started: .* The reminders follow the CTA's Email Tasks\.$/).waitFor({ timeout: 60_000 });
    const cta = session.h.sandbox.state.ctas[0]!;
    expect(cta.tasks.length).toBeGreaterThan(1);
    const recorded = await recordedFor(session.h, duo().gainsightId);
    expect(recorded.enrollments).toHaveLength(1);
    const enrollment = recorded.enrollments[0] as { startedOn: string; steps: { index: number; name: string; offsetDays: number }[] };
    expect(enrollment.steps).toEqual(cta.tasks.map((task, index) => ({ index, name: task.name, offsetDays: daysBetween(enrollment.startedOn, task.dueDate) })));
    expect(recorded.reminders).toMatchObject([{ step: 0, stepName: cta.tasks[0]!.name, dueDate: cta.tasks[0]!.dueDate, status: 'pending' }]);
    expect(enrollment.startedOn).toBe(today);
    expect(await panel.getByText(/^Started, not saved yet/).count()).toBe(0);
  });
});
