// @vitest-environment happy-dom
import { checkRows } from './checked-rows';
import 'fake-indexeddb/auto';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { IsoDate } from '@/lib/shared/accounts/account';
import type { SequenceInput } from '@/lib/shared/reminders/inputs';
import type { AccountRef, Reminder } from '@/lib/shared/reminders/records';
import type { Repository } from '@/lib/extension/reminders/repository';
import { RemindersError } from '@/lib/shared/reminders/errors';
import { ACME, GLOBEX, freshRepository, onboarding } from '@/lib/extension/reminders/repository.test-support';
import type { PopupBackend } from './popup-backend';
import { formatDate } from './format';
import { EMPTY_MESSAGE, Popup } from './Popup';
import { PopupStoreProvider } from './StoreContext';
import { FIRST_ROWS, createPopupStore } from './popup-store';

const TODAY = '2026-11-04';
const INITECH: AccountRef = { source: 'gainsight', org: 'gitlab.gainsightcloud.com', id: 'C-INITECH', name: 'Initech' };
const UMBRELLA: AccountRef = { source: 'gainsight', org: 'gitlab.gainsightcloud.com', id: 'C-UMB', name: 'Umbrella', url: 'https://gitlab.gainsightcloud.com/v1/ui/customersuccess360?cid=C-UMB' };

/** The popup over the repository itself, as the background would run each write. */
function directBackend(repo: Repository, today: IsoDate) {
  return {
    listPending: async (limit?: number) => checkRows(await repo.listPending(limit)),
    countPending: (day: IsoDate) => repo.countPending(day),
    lastUndo: () => repo.lastUndo(),
    markSent: (key: string) => repo.markSent(key, today),
    snooze: (key: string, until: IsoDate) => repo.snooze(key, until, today),
    skip: (key: string, reason: string) => repo.skip(key, reason, today),
    undo: () => repo.undo(),
    openAccount: vi.fn(async (_url: string) => undefined),
  } satisfies PopupBackend;
}

let repo: Repository;
beforeEach(() => {
  repo = freshRepository();
});
afterEach(() => {
  cleanup();
  repo.close();
});

/** One-step sequences due on `dueOn`, or the 3-step onboarding when `steps` is not given. */
async function seed(account: AccountRef, dueOn: IsoDate, overrides: Partial<SequenceInput> = {}): Promise<void> {
  await repo.startSequence(onboarding({ account, startedOn: dueOn, ...overrides }));
}

async function seedFourGroups(): Promise<void> {
  await seed(ACME, '2026-11-02'); // overdue
  await seed(GLOBEX, TODAY, { programId: 'ci-adoption', programName: 'CI Adoption', steps: [{ index: 0, name: 'CI basics', offsetDays: 0 }] });
  await seed(INITECH, '2026-11-07'); // next 7 days
  await seed(UMBRELLA, '2026-12-20'); // later
}

function renderPopup(backend: PopupBackend = directBackend(repo, TODAY)) {
  const store = createPopupStore(backend, TODAY);
  void store.getState().load();
  const view = render(
    <PopupStoreProvider value={store}>
      <Popup />
    </PopupStoreProvider>,
  );
  return { store, backend, ...view };
}

const list = (name: string) => screen.getByRole('list', { name });
const rowNames = (name: string) => within(list(name)).queryAllByRole('listitem').map(accessibleName);

/** The accessible name of an element named by aria-labelledby, as assistive technology reads it. */
function accessibleName(element: HTMLElement): string {
  const ids = element.getAttribute('aria-labelledby')?.split(/\s+/) ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent?.trim() ?? '').join(' ');
}

describe('Popup', () => {
  it('is a main landmark headed "Pending sends", with the sends grouped Overdue / Today / Next 7 days / Later', async () => {
    await seedFourGroups();
    renderPopup();
    expect(screen.getByRole('main', { name: 'Pending sends' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Pending sends' })).toBeTruthy();
    await screen.findByRole('list', { name: 'Overdue' });

    expect(screen.getAllByRole('region').map((r) => r.getAttribute('aria-labelledby'))).toEqual([
      'group-overdue', 'group-today', 'group-week', 'group-later',
    ]);
    expect(screen.getByRole('region', { name: 'Overdue (1)' })).toBeTruthy();
    expect(rowNames('Overdue')).toEqual([`Acme Corp Net-New Onboarding · Welcome Due ${formatDate('2026-11-02')}`]);
    expect(within(list('Overdue')).getByRole('listitem', { name: /^Acme Corp Net-New Onboarding/ })).toBeTruthy();
    expect(rowNames('Today')[0]).toMatch(/^Globex CI Adoption · CI basics/);
    expect(rowNames('Next 7 days')[0]).toMatch(/^Initech/);
    expect(rowNames('Later')[0]).toMatch(/^Umbrella/);
    expect(within(list('Overdue')).getByText('To admin@acme.example')).toBeTruthy();
    expect(formatDate('2026-11-02')).toBe(new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date(2026, 10, 2)));
  });

  it('names every action after its account', async () => {
    await seedFourGroups();
    renderPopup();
    const row = within(await screen.findByRole('list', { name: 'Overdue' })).getByRole('listitem');
    for (const name of ['Open Acme Corp account', /^Mark sent for Acme Corp/, /^Snooze Acme Corp/, /^Skip Acme Corp/]) {
      expect(within(row).getByRole('button', { name })).toBeTruthy();
    }
    // No URL, no Open button (Initech was stored without one).
    expect(within(list('Next 7 days')).queryByRole('button', { name: /^Open/ })).toBeNull();
  });

  it('says how to start when nothing is pending', async () => {
    renderPopup();
    expect(await screen.findByText(EMPTY_MESSAGE)).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('filters by account, program or step', async () => {
    await seedFourGroups();
    renderPopup();
    const filter = await screen.findByRole('searchbox', { name: 'Filter pending sends' });
    await screen.findByRole('list', { name: 'Overdue' });

    await userEvent.type(filter, 'glob');
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(1));
    expect(rowNames('Today')[0]).toMatch(/^Globex/);

    await userEvent.clear(filter);
    await userEvent.type(filter, 'ci adoption');
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(1));

    await userEvent.clear(filter);
    await userEvent.type(filter, 'welcome');
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(3));
    expect(screen.queryByRole('list', { name: 'Today' })).toBeNull();

    await userEvent.type(filter, ' nothing-like-this');
    expect(await screen.findByText('No pending sends match “welcome nothing-like-this”.')).toBeTruthy();
  });

  it('works from the keyboard: tab order, menu keys, Escape, and focus on Undo after an action', async () => {
    await seedFourGroups();
    renderPopup();
    await screen.findByRole('list', { name: 'Overdue' });
    const user = userEvent.setup();

    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('searchbox', { name: 'Filter pending sends' }));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Open Acme Corp account' }));
    await user.tab();
    await user.tab();
    const snooze = screen.getByRole('button', { name: /^Snooze Acme Corp/ });
    expect(document.activeElement).toBe(snooze);

    await user.keyboard('{Enter}');
    expect(snooze.getAttribute('aria-expanded')).toBe('true');
    const menu = screen.getByRole('menu', { name: /^Snooze Acme Corp/ });
    expect(document.activeElement).toBe(within(menu).getByRole('menuitem', { name: /^1 day/ }));
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(within(menu).getByRole('menuitem', { name: /^3 days/ }));
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(within(menu).getByRole('menuitem', { name: 'Pick a date…' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(snooze);

    await user.keyboard(' ');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(document.activeElement?.textContent).toMatch(/^1 week/);
    await user.keyboard('{Enter}');

    const undo = await screen.findByRole('button', { name: 'Undo snooze for Acme Corp' });
    await waitFor(() => expect(document.activeElement).toBe(undo));
    expect(screen.getByRole('status').textContent).toBe(`Snoozed Acme Corp until ${formatDate('2026-11-11')}.`);
    expect(screen.queryByRole('list', { name: 'Overdue' })).toBeNull();
    expect(rowNames('Next 7 days')).toEqual([
      expect.stringMatching(/^Initech/),
      expect.stringMatching(/^Acme Corp .*Snoozed until/),
    ]);

    await user.keyboard('{Enter}');
    await waitFor(() => expect(rowNames('Overdue')[0]).toMatch(/^Acme Corp/));
    expect(screen.queryByRole('button', { name: /^Undo/ })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));
  });

  it('snoozes to a picked date', async () => {
    await seed(ACME, '2026-11-02');
    renderPopup();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /^Snooze Acme Corp/ }));
    await user.click(screen.getByRole('menuitem', { name: 'Pick a date…' }));
    const form = screen.getByRole('form', { name: /until a date$/ });
    const date = within(form).getByLabelText('Snooze until');
    expect(document.activeElement).toBe(date);
    await user.clear(date);
    await user.type(date, '2026-11-04');
    await user.click(within(form).getByRole('button', { name: 'Snooze to this date' }));
    expect(within(form).getByText('Pick a day after today.')).toBeTruthy();
    await user.clear(date);
    await user.type(date, '2026-11-20');
    await user.click(within(form).getByRole('button', { name: 'Snooze to this date' }));
    await waitFor(() => expect(rowNames('Later')[0]).toMatch(/Snoozed until/));
    expect((await repo.listPending())[0]?.pendingDue).toBe('2026-11-20');
  });

  it('marks a send as sent and shows the next step of the sequence', async () => {
    await seed(ACME, '2026-11-02');
    renderPopup();
    await userEvent.click(await screen.findByRole('button', { name: /^Mark sent for Acme Corp/ }));
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Overdue' })).toBeNull());
    expect(rowNames('Next 7 days')).toEqual([expect.stringMatching(/^Acme Corp Net-New Onboarding · Getting started Due/)]);
    expect(screen.getByRole('status').textContent).toBe('Marked sent: Acme Corp, Welcome.');
  });

  it('asks why before skipping, and Escape cancels', async () => {
    await seed(ACME, '2026-11-02');
    renderPopup();
    const user = userEvent.setup();
    const skip = await screen.findByRole('button', { name: /^Skip Acme Corp/ });
    await user.click(skip);
    const reason = screen.getByRole('textbox', { name: 'Reason for skipping' });
    expect(document.activeElement).toBe(reason);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('textbox', { name: 'Reason for skipping' })).toBeNull();
    expect(document.activeElement).toBe(skip);

    await user.click(skip);
    await user.type(screen.getByRole('textbox', { name: 'Reason for skipping' }), 'Customer paused email{Enter}');
    await waitFor(() => expect(rowNames('Next 7 days')[0]).toMatch(/Getting started/));
    const skipped = (await repo.readAll()).reminders.find((r: Reminder) => r.step === 0);
    expect(skipped).toMatchObject({ status: 'skipped', skipReason: 'Customer paused email' });
  });

  it('keeps Undo after the popup closes and reopens', async () => {
    await seed(ACME, '2026-11-02');
    const first = renderPopup();
    await userEvent.click(await screen.findByRole('button', { name: /^Mark sent for Acme Corp/ }));
    await screen.findByRole('button', { name: 'Undo mark sent for Acme Corp' });
    first.unmount();

    renderPopup();
    await userEvent.click(await screen.findByRole('button', { name: 'Undo mark sent for Acme Corp' }));
    await waitFor(() => expect(rowNames('Overdue')).toEqual([expect.stringMatching(/^Acme Corp .*Welcome/)]));
    expect(screen.queryByRole('list', { name: 'Next 7 days' })).toBeNull();
    expect((await repo.readAll()).sendLog).toEqual([]);
  });

  it('opens the account page', async () => {
    await seed(UMBRELLA, '2026-11-02');
    const { backend } = renderPopup();
    await userEvent.click(await screen.findByRole('button', { name: 'Open Umbrella account' }));
    expect(backend.openAccount).toHaveBeenCalledWith(UMBRELLA.url);
  });

  it('paints the first rows from a bounded read, with the index counts, before the rest arrives', async () => {
    for (let i = 0; i < FIRST_ROWS + 5; i++) await seed({ ...ACME, id: `C${i}`, name: `Account ${String(i).padStart(2, '0')}` }, '2026-11-20');
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const direct = directBackend(repo, TODAY);
    const listPending = vi.fn(async (limit?: number) => {
      if (limit === undefined) await held;
      return direct.listPending(limit);
    });
    renderPopup({ ...direct, listPending });

    await waitFor(() => expect(within(list('Later')).getAllByRole('listitem')).toHaveLength(FIRST_ROWS));
    expect(listPending.mock.calls[0]).toEqual([FIRST_ROWS]);
    await screen.findByRole('region', { name: `Later (${FIRST_ROWS + 5})` });
    expect(screen.getByText('Loading 5 more…')).toBeTruthy();

    await act(async () => release());
    await waitFor(() => expect(within(list('Later')).getAllByRole('listitem')).toHaveLength(FIRST_ROWS + 5));
  });

  it('windows a long group and moves focus to the first new row on "Show more"', async () => {
    // Same date, so the queue orders them by key: padded ids keep that the order of the names.
    for (let i = 0; i < 60; i++) await seed({ ...ACME, id: `C${String(i).padStart(2, '0')}`, name: `Account ${String(i).padStart(2, '0')}` }, '2026-11-02');
    renderPopup();
    const more = await screen.findByRole('button', { name: 'Show 10 more in Overdue (10 not shown)' });
    expect(within(list('Overdue')).getAllByRole('listitem')).toHaveLength(50);
    await userEvent.click(more);
    expect(within(list('Overdue')).getAllByRole('listitem')).toHaveLength(60);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Open Account 50 account' })));
  });
});

describe('Popup when the reminders cannot be read or saved', () => {
  it('says in plain words that a newer version wrote them, and where they can still be exported', async () => {
    const backend = { ...directBackend(repo, TODAY), listPending: vi.fn(async () => Promise.reject(new RemindersError('newer-version', 'VersionError'))) };
    renderPopup(backend);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'Your reminders were saved by a newer version of this extension, which this version cannot read. Nothing was deleted: update the extension to see them again. Options → Data can still export them.',
    );
    expect(screen.queryByText(EMPTY_MESSAGE)).toBeNull();
  });

  it('says the disk is full when an action cannot be saved, and keeps the row', async () => {
    await seed(ACME, '2026-11-02');
    // The background's answer crosses runtime messaging as a plain Error carrying the sentence.
    const full = new Error(new RemindersError('disk-full').message);
    const backend = { ...directBackend(repo, TODAY), markSent: vi.fn(async () => Promise.reject(full)) };
    renderPopup(backend);
    await userEvent.click(await screen.findByRole('button', { name: /^Mark sent for Acme Corp/ }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^The browser has no disk space left for the reminders: what you just did was not saved/);
    expect(rowNames('Overdue')).toEqual([expect.stringMatching(/^Acme Corp/)]);
  });
});
