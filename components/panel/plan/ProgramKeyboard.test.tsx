// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PlanInputs } from '@/lib/shared/planning/plan-account';
import { CURRENT_CATALOG } from '@/lib/shared/programs/catalog-current';
import { DEFAULT_SETTINGS } from '@/lib/shared/settings/schema';
import { PageView } from '../PageView';
import { readyView, renderPanel } from '../test-panel';
import { account } from '../test-account';

vi.mock('@/lib/shared/email/sanitize', async () => (await import('@/lib/host/gainsight/cockpit/sanitize.test-support')).benignSanitizer);

const TODAY = '2026-11-23';

afterEach(() => {
  cleanup();
  vi.clearAllMocks();
});

async function show() {
  const panel = renderPanel(<PageView />, { today: TODAY, settings: { ...DEFAULT_SETTINGS, sender: { ...DEFAULT_SETTINGS.sender, name: 'Casey', email: 'casey@gitlab.example', title: 'CSM' } } });
  await panel.show(readyView(account()));
  return panel;
}

const items = (list: string) => within(screen.getByRole('list', { name: list })).getAllByRole('listitem', { name: /./ }).filter((li) => li.parentElement === screen.getByRole('list', { name: list }));

describe('the program lists by keyboard', () => {
  it('every program is a stop of its own, named by the program and where it stands; arrows, Home and End move through a list', async () => {
    const user = userEvent.setup();
    await show();
    const upcoming = items('Upcoming');
    expect(upcoming.length).toBeGreaterThan(1);
    expect(upcoming.every((li) => li.tabIndex === 0)).toBe(true);
    upcoming[0]!.focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(upcoming[1]);
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(upcoming.at(-1));
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(upcoming[0]);
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement).toBe(upcoming[0]);
  });

  it('leaves the arrow keys to the controls inside an item', async () => {
    const user = userEvent.setup();
    await show();
    const [due] = items('Due now');
    const preview = within(due!).getByRole('button', { name: 'Preview email' });
    preview.focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(preview);
  });

  it('after Mark sent the program moves to Upcoming, says what was recorded there, and has the focus', async () => {
    const user = userEvent.setup();
    const { backend } = await show();
    backend.recordSend.mockImplementation(async () => {
      // The background recorded it: the next plan is made with the send.
      const inputs: PlanInputs = { catalog: CURRENT_CATALOG, settings: DEFAULT_SETTINGS, sends: [{ programId: 'net-new-onboarding', step: 0, sentOn: TODAY }], today: TODAY };
      backend.loadInputs.mockResolvedValue(inputs as Awaited<ReturnType<typeof backend.loadInputs>>);
      return { enrollment: {}, next: { stepName: 'Email 2: Organize your work', dueDate: '2026-11-30' } } as never;
    });
    const [due] = items('Due now');
    await user.click(within(due!).getByRole('button', { name: 'Mark sent' }));
    const moved = await vi.waitFor(() => {
      const found = items('Upcoming').find((li) => li.textContent?.startsWith('Net-New Onboarding'));
      if (!found) throw new Error('not moved yet');
      // Its focus comes in an effect, just after it is shown.
      expect(document.activeElement).toBe(found);
      return found;
    }, { timeout: 5_000 });
    expect(within(moved).getByRole('status').textContent).toMatch(/^Net-New Onboarding: Email 1: Welcome to GitLab recorded as sent\. Next: Email 2: Organize your work, due /);
    expect(screen.getByText('Nothing is due today.')).toBeTruthy();
  });
});
