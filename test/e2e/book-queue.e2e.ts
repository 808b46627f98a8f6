/**
 * My book's morning queue in the built extension against the sandbox (Digital Success's book, read
 * through REST): weekends on the CSM's calendar, the fatigue guard, a keyboard run through five rows
 * with undo, a batch marked sent at once and undone at once, and the day's progress after a reload.
 * Every expected count comes from the engine (expected-book.ts); every wait is on a state.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarOf, MONDAY_TO_FRIDAY, nextWorkday } from '../../lib/book/queue/workdays';
import { addDays } from '../../lib/dates/iso';
import { localToday } from '../sandbox/dates';
import { SANDBOX_HOSTS } from '../sandbox/server';
import { BOOK_USER, expectedQueue } from './expected-book';
import { launch, recordedFor, type Harness } from './harness';

/** The one extension API this file calls in the page: where the options page saves the settings. */
declare const chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };

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
  await expect.poll(() => myBook().getByText(/^Book as of .*: 10 accounts of Digital Success\.$/).count(), { timeout: 30_000 }).toBe(1);
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
const weekday = (date: string) => new Date(`${date}T12:00:00Z`).getUTCDay();

describe('My book: the morning queue', () => {
  it('puts the sends due on a weekend on the workday after it, or before it, as set', async () => {
    for (const offDays of ['after', 'before'] as const) {
      await setBook({ offDays });
      const queue = expectedQueue(h.sandbox, calendarOf({ workweek: 'mon-fri', offDays }));
      for (const list of ['Overdue', 'Today', 'This week'] as const) {
        const count = queue.filter((r) => r.section === list).length;
        await expect.poll(() => section(new RegExp(`^${list} \\(${count}\\)$`)).count(), { timeout: 15_000 }).toBe(1);
      }
      // No row is due on a Saturday or Sunday.
      expect(queue.filter((r) => [0, 6].includes(weekday(r.dueOn)))).toEqual([]);
      for (const row of queue.filter((r) => [0, 6].includes(weekday(r.date)))) {
        expect(weekday(row.dueOn)).toBe(offDays === 'after' ? 1 : 5);
      }
    }
    await setBook({});
  });

  it('says on a row when a send would cross the fatigue limit, with the day it becomes fine', async () => {
    // One program email per contact in 7 days: the second send to a contact today must wait.
    await setBook({ fatigueEmails: '1', fatigueDays: '7' });
    await myBook().getByRole('combobox', { name: 'Group by' }).selectOption('account');
    const queue = expectedQueue(h.sandbox, MONDAY_TO_FRIDAY).filter((r) => r.to !== 'unknown' && r.to !== '');
    const first = queue.find((r) => queue.some((o) => o !== r && o.account === r.account && o.to.split('; ').includes(r.to.split('; ')[0]!) && o.dueOn >= r.dueOn))!;
    expect(first).toBeTruthy();
    const contact = first.to.split('; ')[0]!;
    await myBook().getByRole('button', { name: `Mark sent: ${first.step} of ${first.program} for ${first.account}` }).click();
    await expect.poll(() => myBook().getByRole('listitem', { name: /^Sent\./ }).filter({ hasText: first.account }).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const fine = nextWorkday(MONDAY_TO_FRIDAY, addDays(localToday(), 6));
    const flagged = myBook().getByRole('listitem', { name: new RegExp(`Fatigue guard: ${contact.replace(/[.+]/g, '\\$&')} got 1 program emails in the last 7 days; fine from`) });
    await expect.poll(() => flagged.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await flagged.first().getAttribute('aria-label')).toContain(first.account);
    expect(fine >= addDays(localToday(), 7)).toBe(true);
    expect(await myBook().getByText("Fatigue guard: at most 1 program emails per contact in 7 days (the team's choice, in Options).").count()).toBe(1);
    await setBook({});
  });

  it('works through five rows from the keyboard: sent, snooze, skip, sent, snooze, then undo; focus follows', async () => {
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
    const accountId = keys[0]!.split('|')[0]!;
    await expect.poll(async () => (await recordedFor(h, accountId)).sends.length).toBeGreaterThan(0);
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

  it("keeps the day's progress and the rows' states after the panel reloads", async () => {
    const done = await progress();
    expect(done).toBeGreaterThan(0);
    const text = await myBook().getByText(/ done today$/).textContent();
    await book.reload();
    await expect.poll(async () => myBook().getByText(/ done today$/).textContent(), { timeout: 30_000 }).toBe(text);
    expect(await myBook().getByRole('listitem', { name: /^Skipped: Customer asked for a pause\./ }).count()).toBe(1);
  });
});
