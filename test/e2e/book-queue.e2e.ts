/**
 * My book's morning queue in the built extension against the sandbox (Digital Success's book, read
 * through REST): weekends on the CSM's calendar, the fatigue guard, a keyboard run through five rows
 * with undo, a batch marked sent at once and undone at once, and the day's progress after a reload.
 * Every expected count comes from the engine (expected-book.ts); every wait is on a state.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarOf, MONDAY_TO_FRIDAY, workdayOf } from '../../lib/ui/book/queue/workdays';
import { CURRENT_CATALOG } from '../../lib/shared/programs/catalog-current';
import { addDays, daysBetween } from '../../lib/shared/dates/iso';
import { localToday } from '../sandbox/dates';
import { SANDBOX_HOSTS } from '../sandbox/server';
import { BOOK_USER, countOf, expectedBookRows, expectedQueue } from './expected-book';
import { launch, recordedFor, type Harness } from './harness';

/** The extension APIs this file calls in the page: where the options page saves the settings, and where the queue keeps its undo entries. */
declare const chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> }; session: { get(keys: null): Promise<Record<string, unknown>> } } };

let h: Harness;
let book: Page;

beforeAll(async () => {
  h = await launch();
  const page = await h.context.newPage();
  await page.goto(`https://${SANDBOX_HOSTS.salesforceApi}/`);
  await page.getByLabel('Username').fill(BOOK_USER);
  await page.getByLabel('Password').fill('sandbox');
  await page.getByRole('button', { name: 'Log In' }).click();
  await page.waitForURL(/lightning\.force\.com/);
  await page.close();
  book = await h.openExtensionPage('sidepanel.html#book');
  await myBook().getByText(/^Book as of .*: 10 accounts of Digital Success\.$/).waitFor({ timeout: 30_000 });
});
afterAll(() => h.close());

const myBook = () => book.getByRole('region', { name: 'My book', exact: true });
const section = (name: RegExp) => myBook().getByRole('region', { name });
const progress = async () => Number(/^(\d+) of \d+ done today$/.exec((await myBook().getByText(/ done today$/).textContent())!.trim())![1]);
/** Saves the book's settings as the options page would (the others stay at their defaults). */
const setBook = (value: Record<string, string>) => book.evaluate((v) => chrome.storage.local.set({ settings: { book: v } }), value);
const focusedKey = () => book.evaluate(() => document.activeElement?.getAttribute('data-queue-key') ?? null);
const rowByKey = (key: string) => myBook().locator(`[data-queue-key="${key}"]`);
const nameOf = async (key: string) => (await rowByKey(key).getAttribute('aria-label')) ?? '';
/** The rows still to do, in screen order: their keys. */
const openKeys = () => book.evaluate(() => [...document.querySelectorAll<HTMLElement>('.queue-row:not(.queue-done):not(.queue-batch)')].map((r) => r.dataset.queueKey!));
/** A day as the queue names it ("Monday Dec 14, 2026"): the page's formats, in this machine's locale and zone. */
const dayName = (date: string) => `${new Intl.DateTimeFormat(undefined, { weekday: 'long' }).format(new Date(`${date}T12:00:00`))} ${new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date(`${date}T12:00:00`))}`;
const weekday = (date: string) => new Date(`${date}T12:00:00Z`).getUTCDay();
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('My book: the morning queue', () => {
  it('says how old the book is, from the time it was read', async () => {
    // Read when the view opened, so it is minutes old at most (how an older book reads is in age.test.ts).
    await expect.poll(() => myBook().getByText(/^Last refreshed (just now|\d+ min ago)\.$/).count()).toBe(1);
  });

  it("at the side panel's narrowest width (360 px) is part of the page's one scroll: no list scrolls inside it, nothing is cut off, and each row's name is its whole text", async () => {
    await book.setViewportSize({ width: 360, height: 480 });
    await expect.poll(() => book.evaluate(() => window.innerWidth)).toBe(360);
    // The lists below the queue render the rows in view: go to the bottom of the page, where they are.
    await book.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const expected = expectedBookRows(h.sandbox);
    const listed = countOf(expected, 'Without a GitLab Admin') + countOf(expected, 'Deals blocked by a missing admin');
    expect(listed).toBeGreaterThan(0);
    await expect.poll(() => myBook().locator('.book-row').count()).toBeGreaterThan(0);
    const layout = await book.evaluate(() => {
      const root = document.querySelector<HTMLElement>('section.book')!;
      const where = (el: Element) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
      const scrollers: string[] = [];
      const cut: string[] = [];
      for (const el of [root, ...root.querySelectorAll<HTMLElement>('*')]) {
        const style = getComputedStyle(el);
        const overflow = `${style.overflowX} ${style.overflowY}`;
        // A box that can scroll on its own is a list scrolling inside the page, whether it is full now or not.
        if (/auto|scroll/.test(overflow)) scrollers.push(where(el));
        // A box that hides what does not fit, with more in it than it shows: text cut off.
        else if (/hidden|clip/.test(overflow) && !el.closest('.pc-visually-hidden') && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)) cut.push(where(el));
      }
      const names = [...root.querySelectorAll<HTMLElement>('.queue-row, .book-row')].map((row) => ({
        name: row.getAttribute('aria-label') ?? '',
        texts: [...row.querySelectorAll<HTMLElement>(':scope > .queue-text > span, :scope > .book-item > span:not(.book-actions)')]
          .filter((span) => span.closest('li') === row)
          .map((span) => (span.textContent ?? '').replace(/\s+/g, ' ').trim()),
      }));
      return { scrollers, cut, wider: document.documentElement.scrollWidth > window.innerWidth, names };
    });
    expect(layout.scrollers).toEqual([]);
    expect(layout.cut).toEqual([]);
    expect(layout.wider).toBe(false);
    expect(layout.names.length).toBeGreaterThan(0);
    for (const { name, texts } of layout.names) {
      expect(texts.length).toBeGreaterThan(0);
      for (const text of texts) expect(name).toContain(text);
    }
    await book.setViewportSize({ width: 1400, height: 900 });
    await book.evaluate(() => window.scrollTo(0, 0));
  });

  it('puts a send due on a day off on the workday after it, or before it, as set', async () => {
    const today = localToday();
    // Grouped by account: no batch folds a row away. The sandbox's dates move with the day the test
    // runs, so which rows fall on a day off is the engine's to say; the workweeks below differ on Friday
    // and Sunday. Fixed weekend dates are covered by workdays.test.ts and Queue.test.tsx.
    await myBook().getByRole('combobox', { name: 'Group by' }).selectOption('account');
    for (const workweek of ['mon-fri', 'sun-thu'] as const) {
      for (const offDays of ['after', 'before'] as const) {
        await setBook({ workweek, offDays });
        const calendar = calendarOf({ workweek, offDays });
        const queue = expectedQueue(h.sandbox, calendar);
        for (const list of ['Overdue', 'Today', 'This week'] as const) {
          const count = queue.filter((r) => r.section === list).length;
          await expect.poll(() => section(new RegExp(`^${list} \\(${count}\\)$`)).count(), { timeout: 15_000 }).toBe(1);
        }
        for (const row of queue) {
          // Each row says the day it is due on the CSM's calendar, never a day off.
          expect(calendar.workdays.has(weekday(row.dueOn) as never)).toBe(true);
          const when = row.section === 'Overdue' ? `Overdue ${daysBetween(row.dueOn, today)} day` : row.section === 'Today' ? 'Due today' : 'Due ';
          const item = myBook().getByRole('listitem', { name: new RegExp(`${escape(when)}.*\\. ${escape(row.account)}\\. ${escape(`${row.program}: ${row.step}`)}\\.`) });
          if (row.section !== 'This week') await expect.poll(() => item.count()).toBeGreaterThan(0);
        }
      }
    }
    await setBook({});
  });

  it('marks a batch sent at once and undoes it at once', async () => {
    await myBook().getByRole('combobox', { name: 'Group by' }).selectOption('program');
    const all = myBook().getByRole('button', { name: /^Mark all sent: / }).first();
    await all.waitFor();
    const n = Number(/, (\d+) accounts$/.exec((await all.getAttribute('aria-label'))!)![1]);
    const before = await progress();
    await all.click();
    await expect.poll(progress, { timeout: 15_000 }).toBe(before + n);
    const undo = myBook().getByRole('button', { name: `Undo mark sent: ${n} sends` });
    await undo.click();
    await expect.poll(progress, { timeout: 15_000 }).toBe(before);
    expect(await myBook().getByText(`Undone: mark sent: ${n} sends.`).count()).toBe(1);
  });

  it('says on a row when a send would cross the fatigue limit, with the day it becomes fine', async () => {
    // A sequence's next email due within the week goes to the same contact: with one program email per
    // contact in 10 days (set here), it must wait until 10 days after the first.
    const today = localToday();
    const queue = expectedQueue(h.sandbox, MONDAY_TO_FRIDAY);
    const program = (name: string) => CURRENT_CATALOG.programs.find((p) => p.name === name);
    const first = queue.find((r) => r.section === 'Today' && r.to !== 'unknown' && r.to !== '' && (program(r.program)?.steps[1]?.offsetDays ?? 99) <= 7);
    expect(first).toBeTruthy();
    const contact = first!.to.split('; ')[0]!;
    await setBook({ fatigueEmails: '1', fatigueDays: '10' });
    await myBook().getByRole('combobox', { name: 'Group by' }).selectOption('account');
    await myBook().getByRole('button', { name: `Mark sent: ${first!.step} of ${first!.program} for ${first!.account}` }).click();
    // The day it becomes fine, on the CSM's workdays (the next one when it falls on a day off).
    const fine = dayName(workdayOf(MONDAY_TO_FRIDAY, addDays(today, 10)));
    const flagged = myBook().getByRole('listitem', { name: new RegExp(`^Due .*${escape(first!.account)}\\. ${escape(first!.program)}: .*Fatigue guard: ${escape(contact)} got 1 program emails in the last 10 days; fine from ${escape(fine)}$`) });
    await expect.poll(() => flagged.count(), { timeout: 15_000 }).toBe(1);
    expect(await myBook().getByText("Fatigue guard: at most 1 program emails per contact in 10 days (the team's choice, in Options).", { exact: false }).count()).toBe(1);
    await setBook({});
    await expect.poll(() => flagged.count(), { timeout: 15_000 }).toBe(0);
  });

  it('works through five rows from the keyboard: sent, snooze, skip, sent, snooze, then undo the last and the first; focus follows', async () => {
    const keys = (await openKeys()).slice(0, 6);
    expect(keys.length).toBe(6);
    const before = await progress();
    const press = async (key: string, letter: string, next: string) => {
      await rowByKey(key).focus();
      await book.keyboard.press(letter);
      if (letter === 'k') {
        const reason = myBook().getByRole('combobox', { name: 'Why skip it?' });
        await reason.fill('Customer asked for a pause');
        await reason.press('Enter');
      }
      await expect.poll(focusedKey, { timeout: 15_000 }).toBe(next);
    };
    // What the first row's own Mark sent button names: its undo names the same send.
    const firstSend = (await rowByKey(keys[0]!).getByRole('button', { name: /^Mark sent: / }).getAttribute('aria-label'))!.replace(/^Mark sent: /, '');
    await press(keys[0]!, 's', keys[1]!);
    await press(keys[1]!, 'n', keys[2]!);
    await press(keys[2]!, 'k', keys[3]!);
    await press(keys[3]!, 's', keys[4]!);
    await press(keys[4]!, 'n', keys[5]!);
    expect(await nameOf(keys[0]!)).toMatch(/^Sent\./);
    expect(await nameOf(keys[1]!)).toMatch(/^Snoozed until /);
    expect(await nameOf(keys[2]!)).toMatch(/^Skipped: Customer asked for a pause\./);
    await expect.poll(progress).toBe(before + 5);
    // U takes back the last action (the snooze), says so, and the row is to do again.
    await book.keyboard.press('u');
    await expect.poll(() => nameOf(keys[4]!)).not.toMatch(/^Snoozed/);
    expect(await myBook().getByText(/^Undone: snooze: /).count()).toBe(1);
    await expect.poll(progress).toBe(before + 4);
    // The first row's send is in the reminders, as the backup export shows.
    const [accountId, programId, step] = keys[0]!.split('|');
    const recorded = async () => (await recordedFor(h, accountId!)).sends.filter((s) => s.programId === programId && s.step === Number(step)).length;
    await expect.poll(recorded).toBe(1);
    // Each action kept its own undo, saying until when: the first row's sent, four actions back, is undone
    // from its own button; the later actions stay done.
    const undos = myBook().getByRole('list', { name: 'Actions you can undo' });
    await expect.poll(() => undos.getByRole('button', { name: /^Undo (mark sent|snooze|skip): / }).count()).toBeGreaterThanOrEqual(4);
    const firstSent = undos.getByRole('button', { name: `Undo mark sent: ${firstSend}`, exact: true });
    const note = await firstSent.getAttribute('aria-describedby');
    expect(await book.locator(`[id="${note}"]`).textContent()).toMatch(/^available until .+ \(10 minutes after it, the team's choice\)$/);
    await firstSent.click();
    await expect.poll(() => nameOf(keys[0]!)).not.toMatch(/^Sent/);
    await expect.poll(recorded).toBe(0);
    await expect.poll(progress).toBe(before + 3);
    expect(await nameOf(keys[3]!)).toMatch(/^Sent\./);
    expect(await nameOf(keys[2]!)).toMatch(/^Skipped: /);
  });

  it("keeps the day's progress and the rows' states after the panel reloads", async () => {
    const done = await progress();
    expect(done).toBeGreaterThan(0);
    const text = await myBook().getByText(/ done today$/).textContent();
    await book.reload();
    await expect.poll(async () => myBook().getByText(/ done today$/).textContent(), { timeout: 30_000 }).toBe(text);
    expect(await myBook().getByRole('listitem', { name: /^Skipped: Customer asked for a pause\./ }).count()).toBe(1);
  });

  it("keeps a sent row's Undo after the panel reloads, and it still takes the send back", async () => {
    const key = (await openKeys())[0]!;
    const button = rowByKey(key).getByRole('button', { name: /^Mark sent: / });
    const send = (await button.getAttribute('aria-label'))!.replace(/^Mark sent: /, '');
    const [accountId, programId, step] = key.split('|');
    const recorded = async () => (await recordedFor(h, accountId!)).sends.filter((s) => s.programId === programId && s.step === Number(step)).length;
    const [sends, done] = [await recorded(), await progress()];
    await button.click();
    await expect.poll(recorded).toBe(sends + 1);
    const undo = () => myBook().getByRole('list', { name: 'Actions you can undo' }).getByRole('button', { name: `Undo mark sent: ${send}`, exact: true });
    await undo().waitFor();
    // Kept once its write is done (what the reload must find): an entry holding the write's undo token.
    const kept = () => book.evaluate(async () => Object.entries(await chrome.storage.session.get(null)).filter(([k]) => k.startsWith('book.undo.')).flatMap(([, v]) => v as { label: string; token: string | null }[]));
    await expect.poll(async () => (await kept()).some((e) => e.label === `mark sent: ${send}` && e.token?.startsWith('book|'))).toBe(true);
    await book.reload();
    await undo().waitFor();
    expect(await nameOf(key)).toMatch(/^Sent\./);
    await undo().click();
    await expect.poll(() => nameOf(key)).not.toMatch(/^Sent/);
    await expect.poll(recorded).toBe(sends);
    await expect.poll(progress).toBe(done);
    expect(await myBook().getByText(`Undone: mark sent: ${send}.`).count()).toBe(1);
  });
});
