// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Account, Contact, Opportunity } from '@/lib/shared/accounts/account';
import type { AdminFixRoute } from '@/lib/shared/messaging/tab-state';
import type { MakeAdminResult } from '@/lib/ui/panel/panel-backend';
import type { RecordPage } from '@/lib/shared/urls/record-urls';
import { PageView } from '../PageView';
import { readyView, renderPanel, TAB_ID } from '../test-panel';

afterEach(cleanup);

const TODAY = '2026-11-23';
const HANNAH = '003000000000001AAA';
const OMAR = '003000000000002AAA';
const FIRST_ORDER = '006000000000001AAA';
const RENEWAL = '006000000000002AAA';

const contact = (id: string, name: string, roles: string[], soldTo = false): Contact => ({
  id, name, email: `${name.split(' ')[0]!.toLowerCase()}@meridian.example`, roles, soldTo, enablementEnrollment: [], permission: null,
});
const deal = (id: string, name: string, type: string): Opportunity => ({ id, name, type, stage: '4-Proposal', closeDate: '2026-12-07' });

function account(contacts: Contact[] = [contact(OMAR, 'Omar Farouk', ['Technical Contact']), contact(HANNAH, 'Hannah Brooks', [], true)]): Account {
  return {
    source: 'salesforce', org: 'gitlab.my.salesforce.com', id: '001000000000001AAA', name: 'Meridian Dental Group', fields: {}, unreadable: {}, programLogs: [], contacts,
    opportunities: [deal(FIRST_ORDER, 'Meridian Dental - Clinics Expansion', 'New - First Order'), deal(RENEWAL, 'Meridian Dental - Renewal', 'Renewal')],
  };
}

const page = (object: 'Account' | 'Contact' | 'Opportunity', id: string): RecordPage => ({ site: 'salesforce', kind: 'record', object, id });

const ONE_CLICK: AdminFixRoute = { kind: 'one-click', signInUrl: 'https://gitlab.my.salesforce.com/?startURL=%2F' };

/**
 * The panel on `a`, read the way `adminFix` says. makeAdmin answers only when the test releases it, to
 * look at the panel while Salesforce is busy.
 */
async function show(a: Account, options: { page?: RecordPage; adminFix?: AdminFixRoute } = {}) {
  const panel = renderPanel(<PageView />, { today: TODAY });
  const shown = (next: Account) => panel.show(readyView(next, { adminFix: options.adminFix ?? { kind: 'in-salesforce' } }), options.page ?? page('Account', next.id));
  let answer: (result: MakeAdminResult) => void = () => {};
  panel.backend.makeAdmin.mockImplementation(() => new Promise<MakeAdminResult>((resolve) => (answer = resolve)));
  await shown(a);
  return { rerender: shown, makeAdmin: panel.backend.makeAdmin, reloadTab: panel.backend.reloadTab, answer: (r: MakeAdminResult) => answer(r) };
}

const made: MakeAdminResult = { ok: true, name: 'Hannah Brooks', alreadyAdmin: false };

describe('the GitLab Admin prompt on a Salesforce account without one', () => {
  it('lists the contacts, Sold-To first and marked, each with a button naming the contact', async () => {
    await show(account(), { adminFix: ONE_CLICK });
    const list = screen.getByRole('list', { name: 'Contacts who could be GitLab Admin' });
    const rows = within(list).getAllByRole('listitem');
    expect(rows.map((r) => r.textContent)).toEqual([expect.stringMatching(/^Hannah BrooksSold-To/), expect.stringMatching(/^Omar FaroukTechnical Contact/)]);
    expect(within(rows[0]!).getByRole('button', { name: 'Make Hannah Brooks GitLab Admin' })).toBeTruthy();
    expect(within(rows[1]!).getByRole('button', { name: 'Make Omar Farouk GitLab Admin' })).toBeTruthy();
  });

  it('asks first, with focus on Confirm, and Cancel returns focus to the button without changing anything', async () => {
    const user = userEvent.setup();
    const fix = await show(account(), { adminFix: ONE_CLICK });
    await user.click(screen.getByRole('button', { name: 'Make Hannah Brooks GitLab Admin' }));
    const question = screen.getByRole('group', { name: "Add GitLab Admin to Hannah Brooks's role? Other roles are kept." });
    expect(document.activeElement).toBe(within(question).getByRole('button', { name: 'Confirm' }));
    await user.click(within(question).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('group', { name: /GitLab Admin to/ })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Make Hannah Brooks GitLab Admin' }));
    expect(fix.makeAdmin).not.toHaveBeenCalled();
  });

  it('cancels with Escape', async () => {
    const user = userEvent.setup();
    await show(account(), { adminFix: ONE_CLICK });
    await user.click(screen.getByRole('button', { name: 'Make Omar Farouk GitLab Admin' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: /GitLab Admin to/ })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Make Omar Farouk GitLab Admin' }));
  });

  it('claims success only after Salesforce answered, and keeps it while the re-read account turns the check ✓', async () => {
    const user = userEvent.setup();
    const fix = await show(account(), { adminFix: ONE_CLICK });
    const { rerender } = fix;
    await user.click(screen.getByRole('button', { name: 'Make Hannah Brooks GitLab Admin' }));
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(fix.makeAdmin).toHaveBeenCalledWith(TAB_ID, HANNAH);
    expect(screen.queryByText(/is now GitLab Admin/)).toBeNull();
    expect(screen.getByText('Adding GitLab Admin to Hannah Brooks…')).toBeTruthy();
    for (const button of screen.getAllByRole('button', { name: /^Make / })) expect((button as HTMLButtonElement).disabled).toBe(true);

    // The page app re-reads the account before makeAdmin resolves; the panel then shows the new data.
    await rerender(account([contact(OMAR, 'Omar Farouk', ['Technical Contact']), contact(HANNAH, 'Hannah Brooks', ['GitLab Admin'], true)]));
    fix.answer(made);
    const done = await screen.findByText('Hannah Brooks is now GitLab Admin.');
    expect(done.getAttribute('role')).toBe('status');
    expect(screen.getAllByRole('status').some((s) => /^GitLab Admin: ✓ Hannah Brooks/.test(s.textContent ?? ''))).toBe(true);
    expect(screen.queryByRole('list', { name: 'Contacts who could be GitLab Admin' })).toBeNull();
    expect(screen.getByText(/Refresh the page to see the change in Salesforce/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    expect(fix.reloadTab).toHaveBeenCalledWith(TAB_ID);
  });

  it('shows a failure in plain words with a sign-in link, and keeps the choices for a retry', async () => {
    const user = userEvent.setup();
    const fix = await show(account(), { adminFix: ONE_CLICK });
    await user.click(screen.getByRole('button', { name: 'Make Hannah Brooks GitLab Admin' }));
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    fix.answer({ ok: false, message: 'Your Salesforce session has expired. Sign in to Salesforce again, then retry. Nothing was changed.', signInAgain: true });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^Your Salesforce session has expired/);
    expect(within(alert).getByRole('link', { name: 'Sign in to Salesforce' }).getAttribute('href')).toBe('https://gitlab.my.salesforce.com/?startURL=%2F');
    expect(screen.queryByText(/is now GitLab Admin/)).toBeNull();
    expect((screen.getByRole('button', { name: 'Make Hannah Brooks GitLab Admin' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('gives no sign-in link when signing in would not help', async () => {
    const user = userEvent.setup();
    const fix = await show(account(), { adminFix: ONE_CLICK });
    await user.click(screen.getByRole('button', { name: 'Make Hannah Brooks GitLab Admin' }));
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    fix.answer({ ok: false, message: 'You do not have permission. Nothing was changed.', signInAgain: false });
    const alert = await screen.findByRole('alert');
    expect(within(alert).queryByRole('link')).toBeNull();
  });

  it('says how to fix it by hand when the account was read from the page (no API)', async () => {
    await show(account());
    expect(screen.queryByRole('button', { name: /^Make / })).toBeNull();
    expect(screen.getByText(/open a contact, edit Role, add GitLab Admin, then Save/)).toBeTruthy();
  });

  it('offers nothing when the account has an admin', async () => {
    await show(account([contact(HANNAH, 'Hannah Brooks', ['Billing Contact', 'GitLab Admin'], true)]), { adminFix: ONE_CLICK });
    expect(screen.queryByRole('region', { name: 'Make a contact GitLab Admin' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Make / })).toBeNull();
  });
});

describe('on a Contact page', () => {
  it('says whether this contact is admin and offers to make this one when the account has none', async () => {
    await show(account(), { page: page('Contact', OMAR.slice(0, 15)), adminFix: ONE_CLICK });
    expect(screen.getByText('Omar Farouk is not a GitLab Admin, and this account has none.').getAttribute('role')).toBe('status');
    expect(screen.getAllByRole('button', { name: /^Make / }).map((b) => b.textContent)).toEqual(['Make Omar Farouk GitLab Admin']);
  });

  it('names the admin and offers nothing when the account has one', async () => {
    await show(account([contact(OMAR, 'Omar Farouk', []), contact(HANNAH, 'Hannah Brooks', ['GitLab Admin'])]), { page: page('Contact', OMAR), adminFix: ONE_CLICK });
    expect(screen.getByText("Omar Farouk is not a GitLab Admin; this account's GitLab Admin is Hannah Brooks.")).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Make / })).toBeNull();
  });
});

describe('on an Opportunity page', () => {
  it('alerts that approval needs a GitLab Admin for a New - First Order deal, with the quick fix', async () => {
    await show(account(), { page: page('Opportunity', FIRST_ORDER), adminFix: ONE_CLICK });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Approval needs a GitLab Admin contact.');
    expect(alert.textContent).toContain('"Meridian Dental - Clinics Expansion" (New - First Order)');
    expect(screen.getByRole('button', { name: 'Make Hannah Brooks GitLab Admin' })).toBeTruthy();
  });

  it('does not alert for a deal type that needs no admin', async () => {
    await show(account(), { page: page('Opportunity', RENEWAL), adminFix: ONE_CLICK });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('does not alert once the account has an admin', async () => {
    await show(account([contact(HANNAH, 'Hannah Brooks', ['GitLab Admin'], true)]), { page: page('Opportunity', FIRST_ORDER), adminFix: ONE_CLICK });
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('on Customer360', () => {
  const gainsight = (): Account => ({ ...account(), source: 'gainsight', id: '1P02ABC' });

  it('gives the steps there and links to the account in Salesforce', async () => {
    await show(gainsight(), { adminFix: { kind: 'in-gainsight', salesforceUrl: 'https://gitlab.lightning.force.com/lightning/r/Account/001000000000001AAA/view' } });
    const steps = screen.getByRole('list', { name: 'Steps in Customer360' });
    expect(steps.textContent).toContain('View Details');
    expect(steps.textContent).toContain('GitLab Role → add GitLab Admin');
    expect(screen.getByRole('link', { name: 'Fix it in Salesforce in one click' }).getAttribute('href')).toBe(
      'https://gitlab.lightning.force.com/lightning/r/Account/001000000000001AAA/view',
    );
  });

  it('says to open the account in Salesforce when its address is unknown', async () => {
    await show(gainsight(), { adminFix: { kind: 'in-gainsight' } });
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText(/open this account in Salesforce/)).toBeTruthy();
  });
});
