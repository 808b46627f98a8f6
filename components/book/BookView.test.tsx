// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { gitlabAdmins } from '@/lib/shared/accounts/account';
import { bookLists, planBookAccount } from '@/lib/ui/book/plan-book';
import { NO_MARKS } from '@/lib/ui/book/queue/marks';
import { queueItems, queueRowsOf } from '@/lib/ui/book/queue/queue';
import { untilWords } from '@/lib/ui/book/queue/undo';
import { calendarOf } from '@/lib/ui/book/queue/workdays';
import { CURRENT_CATALOG } from '@/lib/shared/programs/catalog-current';
import { DEFAULT_SETTINGS } from '@/lib/shared/settings/schema';
import { ORG, TODAY, metaOf, renderBook, sandboxAccounts } from './book.test-support';

afterEach(cleanup);

/** Digital Success's book: the Tech Touch accounts, one of them without a GitLab Admin. */
const digital = () => sandboxAccounts((csm) => csm === null);
const expectedLists = (accounts = digital()) =>
  bookLists(accounts.map((a) => planBookAccount(a, { catalog: CURRENT_CATALOG, settings: DEFAULT_SETTINGS, sends: [], today: TODAY })), TODAY);

const region = (name: RegExp) => screen.findByRole('region', { name });

/** The morning queue the engine's lists make, on the default calendar with nothing done yet. */
function expectedQueue(accounts = digital()) {
  const items = queueItems(queueRowsOf(expectedLists(accounts)), NO_MARKS, { today: TODAY, calendar: calendarOf(DEFAULT_SETTINGS.book), fatigue: null, historyOf: () => new Map() });
  const count = (id: string) => items.filter((i) => i.section === id).length;
  return { items, overdue: count('overdue'), today: count('today'), week: count('week') };
}
const itemsOf = (list: HTMLElement) => within(list).queryAllByRole('listitem').filter((item) => item.parentElement === list);

describe('My book', () => {
  it('opens the cached book at once: a named region, each list named and counted, as the engine plans each account', async () => {
    const accounts = digital();
    renderBook({ cached: { meta: metaOf(accounts), accounts }, now: Date.parse(`${TODAY}T08:05:00Z`) });
    const book = await region(/^My book$/);
    const expected = expectedLists(accounts);
    const queue = expectedQueue(accounts);
    expect(queue.overdue + queue.today).toBeGreaterThan(0);
    // The queue: Overdue, Today, This week, each counted as the engine plans the accounts on the CSM's workdays.
    await within(book).findByRole('region', { name: `Overdue (${queue.overdue})` });
    const todays = within(book).getByRole('region', { name: `Today (${queue.today})` });
    within(book).getByRole('region', { name: `This week (${queue.week})` });
    expect(within(book).getByText(`0 of ${queue.overdue + queue.today} done today`)).toBeTruthy();
    // Grouped by program: each group's heading counts its rows.
    const programs = within(todays).getAllByRole('heading', { level: 4 }).map((h) => h.textContent);
    const byProgram = new Map<string, number>();
    for (const item of queue.items.filter((i) => i.section === 'today')) byProgram.set(item.programName, (byProgram.get(item.programName) ?? 0) + 1);
    expect(programs).toEqual([...byProgram].sort(([a], [b]) => a.localeCompare(b)).map(([name, n]) => `${name} (${n})`));
    const noAdmin = within(book).getByRole('region', { name: `Without a GitLab Admin (${expected.noAdmin.length})` });
    expect(itemsOf(within(noAdmin).getByRole('list', { name: 'Without a GitLab Admin' })).map((li) => li.querySelector('.book-account')?.textContent)).toEqual(
      expected.noAdmin.map((r) => r.account.name),
    );
    expect(within(book).getByRole('region', { name: `Deals blocked by a missing admin (${expected.deals.length})` })).toBeTruthy();
    expect(within(book).getByText(/Book as of .*: 10 accounts of Digital Success\./)).toBeTruthy();
    expect(within(book).getByText('6 Salesforce API calls in the last refresh.')).toBeTruthy();
  });

  it('says how old the cached book is, and that it is stale when older than the refresh setting and not being read again', async () => {
    const accounts = digital();
    // Signed out: the cached book is shown and cannot be refreshed.
    renderBook({ cached: { meta: metaOf(accounts, { asOf: new Date(Date.now() - 3 * 3_600_000 - 60_000).toISOString() }), accounts }, orgs: [{ apiHost: ORG, signedIn: false }] });
    const age = await screen.findByText(/^Last refreshed 3 h ago\./);
    expect(age.textContent).toBe('Last refreshed 3 h ago. Older than 1 hour (your refresh setting, in Options): Salesforce may have changed since. Refresh to read it again.');
    cleanup();
    // Fresh enough: its age, and nothing more.
    renderBook({ cached: { meta: metaOf(accounts, { asOf: new Date(Date.now() - 12 * 60_000).toISOString() }), accounts }, orgs: [{ apiHost: ORG, signedIn: false }] });
    expect((await screen.findByText(/^Last refreshed/)).textContent).toBe('Last refreshed 12 min ago.');
  });

  it('with no cached book, refreshes at once and shows the first accounts with the progress while the rest load', async () => {
    const accounts = digital();
    const { backend, push } = renderBook();
    await waitFor(() => expect(backend.refresh).toHaveBeenCalledWith(ORG));
    await act(async () => {
      push({ type: 'state', org: ORG, run: 1, progress: { read: 0, total: null, calls: 2 }, failure: null });
      push({ type: 'accounts', org: ORG, run: 1, accounts: accounts.slice(0, 4), progress: { read: 4, total: 10, calls: 5 } });
    });
    expect(await screen.findByText('4 of 10 accounts')).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: 'Accounts read' })).toBeTruthy();
    expect(screen.getByText('5 Salesforce API calls in the last refresh.')).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('region', { name: /^Today \(\d+\)$/ })).toBeTruthy());
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(backend.cancel).toHaveBeenCalledWith(ORG);
    // A second refresh cannot start while one runs.
    expect((screen.getByRole('button', { name: 'Refresh' }) as HTMLButtonElement).disabled).toBe(true);
    await act(async () => {
      push({ type: 'accounts', org: ORG, run: 1, accounts: accounts.slice(4), progress: { read: 10, total: 10, calls: 6 } });
      push({ type: 'finished', org: ORG, run: 1, outcome: 'saved', meta: metaOf(accounts) });
    });
    expect(await screen.findByRole('region', { name: `Today (${expectedQueue(accounts).today})` })).toBeTruthy();
    expect(screen.queryByRole('progressbar', { name: 'Accounts read' })).toBeNull();
  });

  it('a refresh that stops on an expired session keeps the cached book and says why, with the sign-in link', async () => {
    const accounts = digital();
    const { push, backend } = renderBook({ cached: { meta: metaOf(accounts), accounts } });
    await region(/^Without a GitLab Admin \(1\)$/);
    await userEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    expect(backend.refresh).toHaveBeenCalledTimes(1);
    await act(async () => {
      push({ type: 'accounts', org: ORG, run: 2, accounts: accounts.slice(0, 2), progress: { read: 2, total: 10, calls: 5 } });
      push({
        type: 'finished', org: ORG, run: 2, outcome: 'failed', calls: 6,
        failure: { message: 'Your Salesforce session has expired. Sign in to Salesforce again, then retry.', signInUrl: `https://${ORG}/` },
      });
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Your Salesforce session has expired.');
    expect(alert.textContent).toContain('The book shown is the one read before.');
    expect(within(alert).getByRole('link', { name: 'Sign in to Salesforce' }).getAttribute('href')).toBe(`https://${ORG}/`);
    // Still the whole cached book, not the two accounts the stopped refresh read.
    expect(screen.getByText(/10 accounts of Digital Success/)).toBeTruthy();
    expect(screen.getByRole('region', { name: `Today (${expectedQueue(accounts).today})` })).toBeTruthy();
  });

  it('filters every list, with the counts saying how many of how many', async () => {
    const accounts = digital();
    renderBook({ cached: { meta: metaOf(accounts), accounts } });
    await region(/^Without a GitLab Admin/);
    const meridian = accounts.find((a) => gitlabAdmins(a).length === 0)!;
    await userEvent.type(screen.getByRole('searchbox', { name: 'Filter the book' }), meridian.name);
    await waitFor(() => expect(screen.getByRole('region', { name: 'Without a GitLab Admin (1)' })).toBeTruthy());
    const due = screen.getByRole('region', { name: /^Today/ });
    expect(due.querySelector('h3')?.textContent).toMatch(/\(\d+ of \d+\)|\(0\)/);
  });

  it('marks a due step sent through the reminders; Start records nothing and opens the account in a new tab', async () => {
    const accounts = digital();
    const { backend } = renderBook({ cached: { meta: metaOf(accounts), accounts } });
    const row = expectedLists(accounts).due[0]!.rows[0]!;
    backend.startSequence.mockResolvedValue({ enrollment: {} as never, reminder: null, created: true });
    // By account: no batch folds the row away.
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Group by' }), 'account');
    const { program, step } = row;
    await userEvent.click(await screen.findByRole('button', { name: `Mark sent: ${step.name} of ${program.name} for ${row.account.name}` }));
    expect(backend.recordSends).toHaveBeenCalledWith(
      [expect.objectContaining({ account: expect.objectContaining({ id: row.account.id, org: ORG }), programId: program.id, step: step.index, sentOn: TODAY, how: 'marked' })],
      `mark sent: ${step.name} of ${program.name} for ${row.account.name}`,
    );
    expect(await screen.findByText(`Done: mark sent: ${step.name} of ${program.name} for ${row.account.name}. Undo until ${untilWords(backend.now() + 10 * 60_000)} (U).`)).toBeTruthy();
    const next = expectedLists(accounts).due.flatMap((g) => g.rows).find((r) => r.account.id !== row.account.id)!;
    await userEvent.click(screen.getByRole('button', { name: `Start ${next.program.name} for ${next.account.name}` }));
    // Nothing is recorded until the CTA is saved: Start only opens the account, and the row says "not saved yet".
    expect(backend.startSequence).not.toHaveBeenCalled();
    // No Gainsight tenant opened yet: the account opens in Salesforce.
    expect(backend.openTab).toHaveBeenCalledWith(next.account.url);
    expect(await screen.findByText(new RegExp(`^${next.account.name}: .*started, not saved yet\\. .*The account opened in Salesforce in a new tab: start ${next.program.name} in its panel and save the CTA\\.$`))).toBeTruthy();
  });

  it('starts a sequence by opening the account in Customer360 on the tenant last used, where the playbook starts', async () => {
    const accounts = digital();
    const { backend } = renderBook({ cached: { meta: metaOf(accounts), accounts } });
    backend.gainsightTenant.mockResolvedValue('gitlab.gainsightcloud.com');
    backend.startSequence.mockResolvedValue({ enrollment: {} as never, reminder: null, created: true });
    const row = expectedLists(accounts).due[0]!.rows[0]!;
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Group by' }), 'account');
    await userEvent.click(await screen.findByRole('button', { name: `Start ${row.program.name} for ${row.account.name}` }));
    expect(backend.openTab).toHaveBeenCalledWith(`https://gitlab.gainsightcloud.com/v1/ui/customersuccess360?aid=${row.account.id}`);
    expect(await screen.findByText(new RegExp(`^${row.account.name}: .*The account opened in Gainsight in a new tab: start ${row.program.name} in its panel and save the CTA\\.$`))).toBeTruthy();
  });

  it('makes a contact admin after confirmation; the account leaves the list and the view says so', async () => {
    const accounts = digital();
    const { backend, push } = renderBook({ cached: { meta: metaOf(accounts), accounts } });
    const meridian = accounts.find((a) => gitlabAdmins(a).length === 0)!;
    const soldTo = meridian.contacts!.find((c) => c.soldTo)!;
    await userEvent.click(await screen.findByRole('button', { name: `Choose a GitLab Admin… for ${meridian.name}` }));
    await userEvent.click(screen.getByRole('button', { name: `Make ${soldTo.name} GitLab Admin` }));
    backend.makeAdmin.mockResolvedValue({ ok: true, name: soldTo.name, alreadyAdmin: false });
    await userEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(backend.makeAdmin).toHaveBeenCalledWith(ORG, meridian.id, soldTo.id);
    await act(async () => push({ type: 'account', org: ORG, account: { ...meridian, contacts: meridian.contacts!.map((c) => (c === soldTo ? { ...c, roles: ['GitLab Admin'] } : c)) } }));
    expect(await screen.findByRole('region', { name: 'Without a GitLab Admin (0)' })).toBeTruthy();
    expect(screen.getByText(`${soldTo.name} is now GitLab Admin: ${meridian.name} is no longer without one.`)).toBeTruthy();
  });

  it('says why a fix failed, and changes nothing on screen', async () => {
    const accounts = digital();
    const { backend } = renderBook({ cached: { meta: metaOf(accounts), accounts } });
    const meridian = accounts.find((a) => gitlabAdmins(a).length === 0)!;
    const soldTo = meridian.contacts!.find((c) => c.soldTo)!;
    backend.makeAdmin.mockResolvedValue({ ok: false, message: 'You do not have permission to edit this contact. Nothing was changed.', signInAgain: false });
    await userEvent.click(await screen.findByRole('button', { name: `Choose a GitLab Admin… for ${meridian.name}` }));
    await userEvent.click(screen.getByRole('button', { name: `Make ${soldTo.name} GitLab Admin` }));
    await userEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Nothing was changed.');
    expect(screen.getByRole('region', { name: 'Without a GitLab Admin (1)' })).toBeTruthy();
  });

  it('opens with the lists as last planned before the whole book is read, only when planned today with these settings', async () => {
    const accounts = digital();
    const first = renderBook({ cached: { meta: metaOf(accounts), accounts } });
    const { today } = expectedQueue(accounts);
    await region(new RegExp(`^Today \\(${today}\\)$`));
    await waitFor(() => expect(first.storedView()).not.toBeNull());
    const view = first.storedView();
    cleanup();

    // The whole book is slow to read this time: the stored lists show meanwhile, with its as-of time.
    const second = renderBook({ cached: { meta: metaOf(accounts), accounts }, view });
    second.backend.readCache.mockImplementation(() => new Promise(() => undefined));
    expect(await region(new RegExp(`^Today \\(${today}\\)$`))).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Without a GitLab Admin (1)' })).toBeTruthy();
    expect(screen.getByText(/10 accounts of Digital Success/)).toBeTruthy();
    cleanup();

    // Stored for another day: not used; the book shows once planned.
    const stale = { ...view!, data: { ...(view!.data as object), today: '2026-11-22' } };
    const third = renderBook({ cached: { meta: metaOf(accounts), accounts }, view: stale });
    third.backend.readCache.mockImplementation(() => new Promise(() => undefined));
    await screen.findByText('Opening the cached book…');
    expect(screen.queryByRole('region', { name: /^Today/ })).toBeNull();
  });

  it('reads the book again when the user changes whose accounts it is, and plans again on other settings', async () => {
    const accounts = digital();
    const { backend, changeSettings } = renderBook({ cached: { meta: metaOf(accounts), accounts } });
    await region(/^Without a GitLab Admin \(1\)$/);
    await act(async () => changeSettings({ ...DEFAULT_SETTINGS, salesforce: { ...DEFAULT_SETTINGS.salesforce, adminValue: 'Sold-To Admin' } }));
    expect(await region(/^Without a Sold-To Admin \(\d+\)$/)).toBeTruthy();
    expect(backend.refresh).not.toHaveBeenCalled();
    await act(async () => changeSettings({ ...DEFAULT_SETTINGS, book: { ...DEFAULT_SETTINGS.book, who: 'owner' } }));
    await waitFor(() => expect(backend.refresh).toHaveBeenCalledWith(ORG));
  });

  it('refreshes a cached book older than the setting on opening, and never when set to "only on demand"', async () => {
    const accounts = digital();
    const old = renderBook({ cached: { meta: metaOf(accounts), accounts }, now: Date.parse(`${TODAY}T10:00:00Z`) });
    await waitFor(() => expect(old.backend.refresh).toHaveBeenCalledWith(ORG));
    cleanup();
    const never = { ...DEFAULT_SETTINGS, book: { ...DEFAULT_SETTINGS.book, refreshAfter: 'never' as const } };
    const kept = renderBook({ cached: { meta: metaOf(accounts), accounts }, now: Date.parse(`${TODAY}T10:00:00Z`), settings: never });
    await region(/^Without a GitLab Admin \(1\)$/);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(kept.backend.refresh).not.toHaveBeenCalled();
  });

  it('renders Salesforce text as text, never as markup', async () => {
    const accounts = digital();
    accounts[0] = { ...accounts[0]!, name: '<img src=x onerror=alert(1)>Evil Co' };
    renderBook({ cached: { meta: metaOf(accounts), accounts } });
    await region(/^Today/);
    expect(document.querySelector('img')).toBeNull();
  });

  it('offers the choice of org when the user has several, and says so when there is none', async () => {
    renderBook({ orgs: [{ apiHost: ORG, signedIn: true }, { apiHost: 'gitlab--uat.sandbox.my.salesforce.com', signedIn: false }] });
    const picker = await screen.findByRole('combobox', { name: 'Salesforce org' });
    expect(within(picker).getAllByRole('option').map((o) => o.textContent)).toEqual([ORG, 'gitlab--uat.sandbox.my.salesforce.com (signed out: cached book only)']);
    cleanup();
    renderBook({ orgs: [] });
    expect(await screen.findByText(/Sign in to Salesforce in this browser/)).toBeTruthy();
  });
});
