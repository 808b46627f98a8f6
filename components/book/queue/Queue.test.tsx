// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { bookLists, planBookAccount } from '@/lib/ui/book/plan-book';
import { NO_MARKS } from '@/lib/ui/book/queue/marks';
import { untilWords } from '@/lib/ui/book/queue/undo';
import { queueItems, queueRowsOf } from '@/lib/ui/book/queue/queue';
import { calendarOf } from '@/lib/ui/book/queue/workdays';
import { CURRENT_CATALOG } from '@/lib/shared/programs/catalog-current';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/shared/settings/schema';
import { TODAY, metaOf, renderBook, sandboxAccounts, type KeptStorage } from '../book.test-support';

afterEach(cleanup);

const accounts = () => sandboxAccounts();
function expectedItems(settings: Settings = DEFAULT_SETTINGS) {
  const lists = bookLists(accounts().map((a) => planBookAccount(a, { catalog: CURRENT_CATALOG, settings, sends: [], today: TODAY })), TODAY);
  return queueItems(queueRowsOf(lists), NO_MARKS, { today: TODAY, calendar: calendarOf(settings.book), fatigue: null, historyOf: () => new Map() });
}
const open = (settings?: Settings, storage?: KeptStorage, user = '005000000000001AAA') => {
  const all = accounts();
  return renderBook({ cached: { meta: metaOf(all, { user: { id: user, name: null } }), accounts: all }, signIn: { kind: 'user', id: user, name: null }, ...(settings ? { settings } : {}), ...(storage ? { storage } : {}) });
};
const byAccount = async () => userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Group by' }), 'account');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const rowsOf = (region: HTMLElement) => within(region).getAllByRole('listitem');
const today = () => screen.findByRole('region', { name: /^Today \(\d+\)$/ });

// Each test renders the whole sandbox book and walks it by keyboard: on a busy shared machine that can
// take longer than Vitest's 5 s default, so the limit is generous (no assertion depends on the time).
describe('the morning queue', { timeout: 30_000 }, () => {
  it('works through rows from the keyboard: sent, snooze, skip with a reason, then undo; focus moves to the next row', async () => {
    const { backend } = open();
    await byAccount();
    const rows = rowsOf(await today());
    expect(rows.length).toBeGreaterThanOrEqual(4);
    rows[0]!.focus();
    await userEvent.keyboard('s');
    await waitFor(() => expect(document.activeElement).toBe(rowsOf(screen.getByRole('region', { name: /^Today/ }))[1]));
    expect(rowsOf(screen.getByRole('region', { name: /^Today/ }))[0]!.getAttribute('aria-label')).toMatch(/^Sent\. Due today\./);
    expect(backend.recordSends).toHaveBeenCalledTimes(1);
    await userEvent.keyboard('n');
    await waitFor(() => expect(document.activeElement).toBe(rowsOf(screen.getByRole('region', { name: /^Today/ }))[2]));
    expect(rowsOf(screen.getByRole('region', { name: /^Today/ }))[1]!.getAttribute('aria-label')).toMatch(/^Snoozed until Tuesday/);
    await userEvent.keyboard('k');
    const reason = await screen.findByRole('combobox', { name: 'Why skip it?' });
    await userEvent.clear(reason);
    await userEvent.type(reason, 'Customer asked for a pause{Enter}');
    await waitFor(() => expect(document.activeElement).toBe(rowsOf(screen.getByRole('region', { name: /^Today/ }))[3]));
    expect(rowsOf(screen.getByRole('region', { name: /^Today/ }))[2]!.getAttribute('aria-label')).toMatch(/^Skipped: Customer asked for a pause\./);
    expect(screen.getByText(/^3 of \d+ done today$/)).toBeTruthy();
    // Undo takes back the last action, says so, and focuses the row it restored.
    await userEvent.keyboard('u');
    await waitFor(() => expect(rowsOf(screen.getByRole('region', { name: /^Today/ }))[2]!.getAttribute('aria-label')).toMatch(/^Due today\./));
    expect(screen.getByText(/^Undone: skip: /)).toBeTruthy();
    expect(screen.getByText(/^2 of \d+ done today$/)).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(rowsOf(screen.getByRole('region', { name: /^Today/ }))[2]));
    // Enter opens the account, as Start does, and the row says it was started.
    backend.startSequence.mockResolvedValue({ enrollment: {} as never, reminder: null, created: true });
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(backend.openTab).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(rowsOf(screen.getByRole('region', { name: /^Today/ }))[2]!.getAttribute('aria-label')).toMatch(/^Started, not saved yet\./));
  });

  it('keeps an undo per action, each saying what it undoes and until when: a sent and a later snooze are undone in any order', async () => {
    const { backend } = open();
    await byAccount();
    const rows = rowsOf(await today());
    const [a, b] = [rows[0]!.dataset.queueKey!, rows[1]!.dataset.queueKey!];
    const row = (key: string) => document.querySelector<HTMLElement>(`[data-queue-key="${key}"]`)!;
    rows[0]!.focus();
    await userEvent.keyboard('s');
    await waitFor(() => expect(document.activeElement).toBe(row(b)));
    await userEvent.keyboard('n');
    const until = untilWords(backend.now() + 10 * 60_000);
    // The live region says what was done and until when it can be undone.
    expect(screen.getByText(new RegExp(`^Done: snooze: .* until .*\\. Undo until ${escape(until)} \\(U\\)\\.$`)).closest('[role="status"]')).toBeTruthy();
    const undos = screen.getByRole('list', { name: 'Actions you can undo' });
    const buttons = within(undos).getAllByRole('button');
    expect(buttons.map((button) => button.textContent)).toEqual([expect.stringMatching(/^Undo snooze: /), expect.stringMatching(/^Undo mark sent: /)]);
    for (const button of buttons) expect(button.getAttribute('aria-describedby') && document.getElementById(button.getAttribute('aria-describedby')!)?.textContent).toBe(`available until ${until} (10 minutes after it, the team's choice)`);
    // The earlier action first: the sent row is to do again, its send taken back; the snooze stays.
    await userEvent.click(within(undos).getByRole('button', { name: /^Undo mark sent: / }));
    await waitFor(() => expect(row(a).getAttribute('aria-label')).toMatch(/^Due today\./));
    const { token } = await backend.recordSends.mock.results[0]!.value;
    expect(backend.undoSends).toHaveBeenCalledWith(token);
    expect(row(b).getAttribute('aria-label')).toMatch(/^Snoozed until /);
    expect(screen.getByText(/^Undone: mark sent: /)).toBeTruthy();
    // Then the later one, from its own button.
    await userEvent.click(within(screen.getByRole('list', { name: 'Actions you can undo' })).getByRole('button', { name: /^Undo snooze: / }));
    await waitFor(() => expect(row(b).getAttribute('aria-label')).toMatch(/^Due today\./));
    expect(screen.queryByRole('list', { name: 'Actions you can undo' })).toBeNull();
    expect(screen.getByText(/^0 of \d+ done today$/)).toBeTruthy();
  });

  it("ends an action's undo at the time it said", async () => {
    const { backend } = open();
    await byAccount();
    rowsOf(await today())[0]!.focus();
    await userEvent.keyboard('n');
    const until = backend.now() + 10 * 60_000;
    await screen.findByRole('list', { name: 'Actions you can undo' });
    backend.now = () => until + 1;
    await userEvent.click(screen.getByRole('button', { name: /^Undo snooze: / }));
    expect(await screen.findByText(new RegExp(`^Undo of snooze: .* ended at ${escape(untilWords(until))}\\.$`))).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Actions you can undo' })).toBeNull();
    expect(screen.getByText(/^1 of \d+ done today$/)).toBeTruthy();
  });

  it('marks a batch sent at once, with one undo', async () => {
    const { backend } = open();
    const region = await today();
    const batch = within(region).getAllByRole('button', { name: /^Mark all sent: / })[0]!;
    const n = Number(/, (\d+) accounts$/.exec(batch.getAttribute('aria-label')!)![1]);
    expect(n).toBeGreaterThanOrEqual(3);
    await userEvent.click(batch);
    expect(backend.recordSends).toHaveBeenCalledTimes(1);
    expect(backend.recordSends.mock.calls[0]![0]).toHaveLength(n);
    await waitFor(() => expect(screen.getByText(new RegExp(`^${n} of \\d+ done today$`))).toBeTruthy());
    await userEvent.click(screen.getByRole('button', { name: `Undo mark sent: ${n} sends` }));
    expect(backend.undoSends).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.getByText(/^0 of \d+ done today$/)).toBeTruthy());
  });

  it('selects rows with shift-click and snoozes them together to the next workday', async () => {
    open();
    await byAccount();
    const checks = within(await today()).getAllByRole('checkbox', { name: /^Select / });
    const user = userEvent.setup();
    await user.click(checks[0]!);
    await user.keyboard('{Shift>}');
    await user.click(checks[2]!);
    await user.keyboard('{/Shift}');
    const bulk = screen.getByRole('group', { name: 'Selected sends' });
    expect(within(bulk).getByText('3 selected')).toBeTruthy();
    await userEvent.click(within(bulk).getByRole('button', { name: /^Snooze 3 to Tuesday/ }));
    await waitFor(() => expect(screen.getByText(/^3 of \d+ done today$/)).toBeTruthy());
    expect(screen.queryByRole('group', { name: 'Selected sends' })).toBeNull();
  });

  it('keeps the day\'s progress and the rows\' states across a reload of the panel', async () => {
    const storage = { marks: new Map<string, unknown>() };
    open(undefined, storage);
    await byAccount();
    rowsOf(await today())[0]!.focus();
    await userEvent.keyboard('s');
    await waitFor(() => expect(screen.getByText(/^1 of \d+ done today$/)).toBeTruthy());
    await waitFor(() => expect(storage.marks.size).toBe(1));
    cleanup();
    open(undefined, storage);
    await byAccount();
    await waitFor(() => expect(screen.getByText(/^1 of \d+ done today$/)).toBeTruthy());
    expect(rowsOf(await today())[0]!.getAttribute('aria-label')).toMatch(/^Sent\./);
  });

  it('puts a send due on the weekend on Friday or Monday, as set', async () => {
    const before = { ...DEFAULT_SETTINGS, book: { ...DEFAULT_SETTINGS.book, offDays: 'before' as const } };
    const after = expectedItems();
    const earlier = expectedItems(before);
    // The counts follow the setting, as the engine's dates fall on the CSM's workdays.
    open(before);
    const overdue = earlier.filter((i) => i.section === 'overdue').length;
    expect(await screen.findByRole('region', { name: `Overdue (${overdue})` })).toBeTruthy();
    const weekend = after.filter((i) => [0, 6].includes(new Date(`${i.date}T12:00:00Z`).getUTCDay()));
    for (const item of weekend) expect(['2026-11-20', '2026-11-23', '2026-11-27', '2026-11-30']).toContain(item.dueOn);
  });

  it('says on the row when a send would cross the fatigue limit, and from when it is fine', async () => {
    const all = accounts();
    const item = expectedItems().find((i) => i.section === 'today' && i.recipients?.length)!;
    const contact = item.recipients![0]!;
    const index = all.findIndex((a) => a.id === item.accountId);
    all[index] = { ...all[index]!, programLogs: ['2026-11-18', '2026-11-19', '2026-11-20'].map((sentOn) => ({ program: 'Customer Newsletter', step: null, sentOn, recipients: [contact] })) };
    renderBook({ cached: { meta: metaOf(all), accounts: all } });
    await byAccount();
    const row = await within(await today()).findByRole('listitem', { name: new RegExp(`Fatigue guard: ${contact.replace(/[.+]/g, '\\$&')} got 3 program emails in the last 7 days; fine from Wednesday`) });
    expect(within(row).getByText(/^Fatigue guard:/)).toBeTruthy();
    expect(screen.getByText(/at most 3 program emails per contact in 7 days \(the team's choice/)).toBeTruthy();
  });

  it('keeps the open undo entries across a reload of the panel, and each still undoes its action', async () => {
    const storage = { marks: new Map<string, unknown>(), undo: new Map<string, unknown>(), writes: new Map() };
    open(undefined, storage);
    await byAccount();
    const first = rowsOf(await today())[0]!;
    const key = first.getAttribute('data-queue-key')!;
    first.focus();
    await userEvent.keyboard('s');
    await screen.findByRole('button', { name: /^Undo mark sent: / });
    await waitFor(() => expect([...storage.undo.values()].flat()).toHaveLength(1));
    cleanup();
    const { backend } = open(undefined, storage);
    await byAccount();
    const undo = await screen.findByRole('button', { name: /^Undo mark sent: / });
    expect(screen.getByText(/^1 of \d+ done today$/)).toBeTruthy();
    await userEvent.click(undo);
    await waitFor(() => expect(screen.getByText(/^0 of \d+ done today$/)).toBeTruthy());
    expect(backend.undoSends).toHaveBeenCalledTimes(1);
    expect(screen.getByText(/^Undone: mark sent: /)).toBeTruthy();
    expect(document.querySelector(`[data-queue-key="${key}"]`)?.getAttribute('aria-label')).toMatch(/^Due today\./);
    expect(screen.queryByRole('list', { name: 'Actions you can undo' })).toBeNull();
  });

  it("keeps each user's progress apart: another Salesforce user of the same org starts the day afresh", async () => {
    const storage = { marks: new Map<string, unknown>(), undo: new Map<string, unknown>() };
    open(undefined, storage);
    await byAccount();
    rowsOf(await today())[0]!.focus();
    await userEvent.keyboard('s');
    await waitFor(() => expect(storage.marks.size).toBe(1));
    cleanup();
    const other = open(undefined, storage, '005000000000002AAA').backend;
    await byAccount();
    // The second user's queue was read, and it is theirs: nothing done yet.
    await waitFor(() => expect(other.readMarks).toHaveBeenCalledWith({ org: metaOf([]).org, reader: '005000000000002' }));
    expect(await other.readMarks.mock.results.at(-1)!.value).toBeNull();
    await waitFor(() => expect(screen.getByText(/^0 of \d+ done today$/)).toBeTruthy());
    expect(screen.queryByRole('list', { name: 'Actions you can undo' })).toBeNull();
    cleanup();
    open(undefined, storage);
    await byAccount();
    await waitFor(() => expect(screen.getByText(/^1 of \d+ done today$/)).toBeTruthy());
  });
});
