// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Account } from '@/lib/shared/accounts/account';
import type { CockpitContext, TabView } from '@/lib/shared/messaging/tab-state';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/shared/settings/schema';
import { PageView } from '../PageView';
import { readyView, renderPanel, TAB_ID } from '../test-panel';
import { account, contact } from '../test-account';

vi.mock('@/lib/shared/email/sanitize', async () => (await import('@/lib/host/gainsight/cockpit/sanitize.test-support')).benignSanitizer);

const TODAY = '2026-11-23';

const SENDER: Settings['sender'] = { name: 'Casey Morgan', email: 'casey@gitlab.example', title: 'CSM', genericAddress: 'enablement@gitlab.example', ccCsm: true };

/** The panel on `a`, with the background answering the actions as it would. */
async function show(a: Account, view: Partial<Extract<TabView, { status: 'ready' }>> = {}, sender = SENDER) {
  const panel = renderPanel(<PageView />, { today: TODAY, settings: { ...DEFAULT_SETTINGS, sender } });
  panel.backend.startPlaybook.mockResolvedValue({
    fill: { kind: 'filled', report: { filled: ['Company', 'Type', 'Name'], problems: ['No "Reason" field in the form: fill it by hand.'] } },
  });
  panel.backend.recordSend.mockResolvedValue({ enrollment: {}, next: { stepName: 'Email 2: Organize your work', dueDate: '2026-11-30' } } as never);
  panel.backend.prefill.mockResolvedValue({ kind: 'filled', report: { filled: ['To', 'CC', 'Subject', 'Body'], problems: [] } });
  await panel.show(readyView(a, view));
  return panel.backend;
}

const item = (name: RegExp) => screen.getByRole('listitem', { name });
const dialogOpen = (stepIndex: number): CockpitContext => ({ playbook: 'Net-New Onboarding', programId: 'net-new-onboarding', dialog: { programId: 'net-new-onboarding', stepIndex, taskName: 'Email 2: Organize' } });

afterEach(() => {
  cleanup();
  vi.clearAllMocks();
});

describe('program actions in the panel', () => {
  it('offers no Start where the page cannot open the Create CTA form', async () => {
    await show(account(), { canStart: false });
    expect(within(item(/^Net-New Onboarding/)).queryByRole('button', { name: 'Start Net-New Onboarding' })).toBeNull();
  });

  it('Start records the enrollment with the program steps, then fills the Create CTA form', async () => {
    const backend = await show(account());
    await userEvent.click(within(item(/^Net-New Onboarding/)).getByRole('button', { name: 'Start Net-New Onboarding' }));
    expect(backend.startPlaybook).toHaveBeenCalledWith(TAB_ID, expect.objectContaining({
      account: { source: 'gainsight', org: 'acme.gainsightcloud.com', id: 'C1', name: 'Acme Corp', url: 'https://acme.gainsightcloud.com/v1/ui/customersuccess360?cid=C1' },
      programId: 'net-new-onboarding',
      startedOn: TODAY,
      recipients: ['ada@acme.example'],
      steps: [
        { index: 0, name: 'Email 1: Welcome to GitLab', offsetDays: 0 },
        { index: 1, name: 'Email 2: Organize your work', offsetDays: 7 },
        { index: 2, name: 'Email 3: Your first pipeline', offsetDays: 14 },
      ],
    }), expect.objectContaining({ type: 'Digital Journey', name: 'Net-New Onboarding – Acme Corp', company: { id: 'C1', name: 'Acme Corp' } }));
    const status = within(item(/^Net-New Onboarding/)).getAllByRole('status')[0]!;
    // A field was left for the user: the form is not complete, so the sequence is not said to have started.
    expect(status.textContent).toContain('Filled Company, Type, Name; the form is not complete yet. Complete it by hand (below), then click Save.');
    expect(status.textContent).not.toContain('Sequence started');
    expect(status.textContent).toContain('No "Reason" field in the form: fill it by hand.');
  });

  it('a filled form starts nothing yet: the panel says so until the CTA is saved, and the start can be taken back', async () => {
    const panel = renderPanel(<PageView />, { today: TODAY, settings: { ...DEFAULT_SETTINGS, sender: SENDER } });
    panel.backend.startPlaybook.mockResolvedValue({ fill: { kind: 'filled', report: { filled: ['Company', 'Type', 'Name', 'Reason', 'Due Date', 'Playbook'], problems: [] } } });
    await panel.show(readyView(account()));
    await userEvent.click(within(item(/^Net-New Onboarding/)).getByRole('button', { name: 'Start Net-New Onboarding' }));
    const status = within(item(/^Net-New Onboarding/)).getAllByRole('status')[0]!;
    await vi.waitFor(() => expect(status.textContent).toBe('Filled Company, Type, Name, Reason, Due Date, Playbook: review the form and click Save.'));
    expect(status.textContent).not.toContain('Sequence started');

    await panel.show(readyView(account()), null, { programId: 'net-new-onboarding', programName: 'Net-New Onboarding', saveClicked: false });
    expect(within(item(/^Net-New Onboarding/)).getByText(/Started, not saved yet: the reminders begin once you click Save on the CTA\./)).toBeTruthy();
    await userEvent.click(within(item(/^Net-New Onboarding/)).getByRole('button', { name: 'Undo start' }));
    expect(panel.backend.undoStart).toHaveBeenCalledWith(TAB_ID);
  });

  it('a Start waiting for its Save can be taken back while the tab shows no readable account', async () => {
    const panel = renderPanel(<PageView />, { today: TODAY, settings: { ...DEFAULT_SETTINGS, sender: SENDER } });
    const pending = { programId: 'net-new-onboarding', programName: 'Net-New Onboarding', saveClicked: false };
    await panel.show({ status: 'error', title: 'Company not readable', message: 'The page did not load.' }, null, pending);
    const note = screen.getByRole('note');
    expect(note.textContent).toContain('Net-New Onboarding started, not saved yet: the reminders begin once you click Save on the CTA.');
    await userEvent.click(within(note).getByRole('button', { name: 'Undo start' }));
    expect(panel.backend.undoStart).toHaveBeenCalledWith(TAB_ID);
    await panel.show({ status: 'not-a-record' });
    expect(screen.queryByRole('button', { name: 'Undo start' })).toBeNull();
  });

  it('offers Prefill while the program\'s Edit Email dialog is open, with the preview showing first', async () => {
    const backend = await show(account(), { canStart: false, cockpit: dialogOpen(1) });
    const net = within(item(/^Net-New Onboarding/));
    const preview = net.getByRole('region', { name: 'Preview of Email 2: Organize your work' });
    expect(preview.textContent).toContain('Organize your work with groups and projects');
    expect(preview.textContent).toContain('Hi Ada,');
    expect(net.queryByRole('link', { name: 'Open in mail app' })).toBeNull();

    await userEvent.click(net.getByRole('button', { name: 'Prefill email' }));
    expect(backend.prefill).toHaveBeenCalledWith(TAB_ID, {
      to: ['ada@acme.example'], cc: ['dana@gitlab.example'], subject: 'Organize your work with groups and projects', html: expect.stringContaining('<p>Hi Ada,</p>'),
      values: expect.objectContaining({ 'contact.firstName': 'Ada', 'account.name': 'Acme Corp' }), unresolved: [],
    });
    await vi.waitFor(() => expect(net.getAllByRole('status').some((s) => s.textContent?.startsWith('Filled To, CC, Subject, Body.'))).toBe(true));
  });

  it("signs a program the user gave to the account's AE as that AE, and sends a missing AE to that choice in Options", async () => {
    const settings: Settings = { ...DEFAULT_SETTINGS, sender: SENDER, programs: { ...DEFAULT_SETTINGS.programs, senders: { 'net-new-onboarding': 'account-executive' } } };
    const withAe = account({ fields: { ...account().fields, ae: 'Avery Stone', aeEmail: 'astone@gitlab.example' } });
    const signed = renderPanel(<PageView />, { today: TODAY, settings });
    await signed.show(readyView(withAe, { canStart: false, cockpit: dialogOpen(1) }));
    const preview = within(item(/^Net-New Onboarding/)).getByRole('region', { name: 'Preview of Email 2: Organize your work' });
    expect(preview.textContent).toContain("Avery Stone <astone@gitlab.example> (the account's AE)");
    expect(preview.textContent).toMatch(/Best regards,\s*Avery Stone\s*Account Executive\s*astone@gitlab\.example/);
    cleanup();

    const unsigned = renderPanel(<PageView />, { today: TODAY, settings });
    await unsigned.show(readyView(account(), { canStart: false, cockpit: dialogOpen(1) }));
    const net = within(item(/^Net-New Onboarding/));
    expect(net.getByRole('list', { name: 'Check before filling' }).textContent).toContain("Net-New Onboarding is sent by the account's AE, and this account's AE is not known here.");
    await userEvent.click(net.getByRole('button', { name: 'Set the missing values in Options' }));
    expect(unsigned.backend.openOptionsAt).toHaveBeenCalledWith('field-programs-senders-net-new-onboarding');
  });

  it('lists tokens without a value before anything is filled', async () => {
    await show(account(), {}, { ...SENDER, name: '', title: '' });
    const checks = within(item(/^Net-New Onboarding/)).getByRole('list', { name: 'Check before filling' });
    expect(checks.textContent).toContain('No value for {{sender.name}}, {{sender.title}}: nothing is copied or prefilled without it');
  });

  it('gives a Sold-To-only account no survey, and says why', async () => {
    // Six months a customer: the CSAT survey would be due, but only GitLab Admins may receive it, so it is held back.
    await show(account({ fields: { ...account().fields, customerSince: '2026-05-23' }, contacts: [contact('Sam Buyer', [], true)] }));
    const survey = item(/^Customer CSAT Survey/);
    expect(survey.textContent).toContain('Held back: No GitLab Admin: surveys go to GitLab Admin contacts only, and Sold-To contacts never receive NPS/CSAT. Make a contact GitLab Admin to send it.');
    expect(within(survey).queryAllByRole('button')).toEqual([]);
  });

  it('copies as HTML and plain text, and offers a mailto: link when no dialog is open', async () => {
    const write = vi.fn(async () => undefined);
    vi.stubGlobal('ClipboardItem', class { constructor(readonly items: Record<string, Blob>) {} });
    Object.defineProperty(navigator, 'clipboard', { value: { write }, configurable: true });
    await show(account());
    const net = within(item(/^Net-New Onboarding/));
    const mailto = net.getByRole('link', { name: 'Open in mail app' }).getAttribute('href')!;
    expect(mailto.startsWith('mailto:ada%40acme.example?subject=Welcome%20to%20GitLab%2C%20Acme%20Corp')).toBe(true);
    expect(decodeURIComponent(mailto)).toContain('cc=dana@gitlab.example');

    await userEvent.click(net.getByRole('button', { name: 'Copy email' }));
    const [[items]] = write.mock.calls as unknown as [[Array<{ items: Record<string, Blob> }>]];
    expect(Object.keys(items[0]!.items)).toEqual(['text/html', 'text/plain']);
    expect(await items[0]!.items['text/plain']!.text()).toContain('Hi Ada,');
    vi.unstubAllGlobals();
  });

  it('Mark sent records the send and plans again with what comes next', async () => {
    const backend = await show(account());
    await userEvent.click(within(item(/^Net-New Onboarding/)).getByRole('button', { name: 'Mark sent' }));
    expect(backend.recordSend).toHaveBeenCalledWith(expect.objectContaining({ programId: 'net-new-onboarding', step: 0, sentOn: TODAY, how: 'marked' }));
    await vi.waitFor(() =>
      expect(screen.getAllByRole('status').some((s) => /^Net-New Onboarding: Email 1: Welcome to GitLab recorded as sent\. Next: Email 2: Organize your work, due /.test(s.textContent ?? ''))).toBe(true),
    );
  });
});
