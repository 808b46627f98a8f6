// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CockpitContext } from '@/lib/shared/messaging/tab-state';
import { PageView } from '../PageView';
import { readyView, renderPanel, TAB_ID } from '../test-panel';
import { account } from '../test-account';

vi.mock('@/lib/shared/email/sanitize', async () => (await import('@/lib/host/gainsight/cockpit/sanitize.test-support')).benignSanitizer);

const LINE = "Cockpit's due dates differ from the catalog's: Email 2: Organize your work Nov 26, 2026 (catalog Nov 30, 2026). The reminders follow Cockpit.";
const onCta = (taskDates?: CockpitContext['taskDates']): CockpitContext => ({
  playbook: 'Net-New Onboarding Email Series', programId: 'net-new-onboarding', dialog: null, ...(taskDates ? { taskDates } : {}),
});

async function show(cockpit: CockpitContext) {
  const panel = renderPanel(<PageView />, { today: '2026-11-23' });
  await panel.show(readyView(account(), { canStart: false, cockpit }));
  return panel;
}

const group = () => screen.getByRole('group', { name: 'CTA task dates' });

afterEach(() => {
  cleanup();
  vi.clearAllMocks();
});

describe("the saved CTA's task dates in the panel", () => {
  it('says nothing while Cockpit and the catalog agree', async () => {
    await show(onCta());
    expect(screen.queryByRole('group', { name: 'CTA task dates' })).toBeNull();
  });

  it('says in one line which dates differ, under the program, and sets them on a click', async () => {
    const panel = await show(onCta({ line: LINE, canSet: true }));
    const item = screen.getByRole('listitem', { name: /^Net-New Onboarding/ });
    expect(within(item).getByRole('group', { name: 'CTA task dates' }).textContent).toContain(LINE);
    panel.backend.setTaskDates.mockResolvedValue({ kind: 'filled', report: { filled: ['Email 2: Organize your work'], problems: [] } });
    await userEvent.click(within(group()).getByRole('button', { name: "Set the tasks to the catalog's dates" }));
    expect(panel.backend.setTaskDates).toHaveBeenCalledWith(TAB_ID);
    expect((await within(group()).findByRole('status')).textContent).toBe('Set the due date of Email 2: Organize your work in Cockpit.');
  });

  it('offers no button when the tasks cannot be paired with the steps, and renders page text as text', async () => {
    const line = '<img src=x onerror=alert(1)> The CTA has 3 Email Tasks and the catalog 2 steps, so their dates cannot be paired: the reminders follow Cockpit.';
    await show(onCta({ line, canSet: false }));
    expect(group().textContent).toBe(line);
    expect(group().querySelector('img')).toBeNull();
    expect(within(group()).queryByRole('button')).toBeNull();
  });

  it('names what could not be set', async () => {
    const panel = await show(onCta({ line: LINE, canSet: true }));
    panel.backend.setTaskDates.mockResolvedValue({ kind: 'unavailable', message: 'The tab has moved to another page since it was read: open the record again and try again.' });
    await userEvent.click(within(group()).getByRole('button', { name: "Set the tasks to the catalog's dates" }));
    expect((await within(group()).findByRole('status')).textContent).toContain('The tab has moved to another page');
  });
});
