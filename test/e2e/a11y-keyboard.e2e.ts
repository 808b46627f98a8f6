/**
 * A keyboard-only walk of the popup and the options page in Chromium: Tab and Shift+Tab reach every
 * control in one order, each with a visible focus indicator and not hidden under anything; Enter, Space
 * and Escape do what they say; and after every action focus is somewhere a user can go on from, never
 * lost to the page itself.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendFromPage } from '../../lib/extension/reminders/browser.test-support';
import { acme, everyGroup, globex, subject } from '../firefox/sequences';
import { launch, type Harness } from './harness';
import { expectFullKeyboardWalk, focusedName } from './a11y-walk';

let h: Harness;
beforeAll(async () => {
  h = await launch();
  const page = await h.openExtensionPage('popup.html');
  for (const sequence of everyGroup) await sendFromPage(page, 'reminders.startSequence', sequence);
  await page.close();
});
afterAll(async () => {
  await h?.close();
});

async function openPopup(): Promise<Page> {
  const popup = await h.openExtensionPage('popup.html');
  await popup.getByRole('list', { name: 'Overdue' }).waitFor();
  return popup;
}

describe('the popup by keyboard alone', () => {
  it('Tab and Shift+Tab reach every control, in one order, with focus always shown and never trapped', async () => {
    const popup = await openPopup();
    await expectFullKeyboardWalk(popup);
    await popup.close();
  });

  it('Space opens the snooze menu on its first item; arrows move; Escape closes it back onto its button', async () => {
    const popup = await openPopup();
    const name = `Snooze ${subject(globex, 'Welcome')}`;
    await popup.getByRole('button', { name }).focus();
    await popup.keyboard.press(' ');
    await popup.getByRole('menu', { name }).waitFor();
    expect(await focusedName(popup)).toMatch(/^button "1 day/);
    await popup.keyboard.press('ArrowDown');
    expect(await focusedName(popup)).toMatch(/^button "3 days/);
    await popup.keyboard.press('End');
    expect(await focusedName(popup)).toMatch(/^button "Pick a date/);
    await popup.keyboard.press('Escape');
    await expect.poll(() => popup.getByRole('menu').count()).toBe(0);
    expect(await focusedName(popup)).toBe(`button "${name}"`);
    await popup.close();
  });

  it('"Pick a date…" with Enter puts focus in the date field; Escape cancels back to the Snooze button', async () => {
    const popup = await openPopup();
    const name = `Snooze ${subject(globex, 'Welcome')}`;
    await popup.getByRole('button', { name }).focus();
    await popup.keyboard.press('Enter');
    await popup.getByRole('menuitem', { name: 'Pick a date…' }).focus();
    await popup.keyboard.press('Enter');
    await popup.getByRole('form', { name: `${name} until a date` }).waitFor();
    expect(await focusedName(popup)).toBe('input "Snooze until"');
    await popup.keyboard.press('Escape');
    await expect.poll(() => popup.getByRole('form', { name: `${name} until a date` }).count()).toBe(0);
    expect(await focusedName(popup)).toBe(`button "${name}"`);
    await popup.close();
  });

  it('Skip asks why with focus in the reason; Escape cancels onto Skip; Enter skips and focus goes to Undo', async () => {
    const popup = await openPopup();
    const skip = `Skip ${subject(globex, 'Welcome')}`;
    await popup.getByRole('button', { name: skip }).focus();
    await popup.keyboard.press('Enter');
    expect(await focusedName(popup)).toBe('input "Reason for skipping"');
    await popup.keyboard.press('Escape');
    expect(await focusedName(popup)).toBe(`button "${skip}"`);

    await popup.keyboard.press(' ');
    await popup.keyboard.type('Customer asked to pause');
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.getByRole('button', { name: skip }).count()).toBe(0);
    await expect.poll(() => focusedName(popup)).toMatch(/^button "Undo/);

    await popup.keyboard.press('Enter');
    await popup.getByRole('button', { name: skip }).waitFor();
    expect(await focusedName(popup)).not.toBe('the page itself');
    await popup.close();
  });

  it('Enter marks a send and focus goes to Undo; Enter on Undo brings the row back and focus stays on the page', async () => {
    const popup = await openPopup();
    const mark = `Mark sent for ${subject(acme, 'Welcome')}`;
    await popup.getByRole('button', { name: mark }).focus();
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.getByRole('button', { name: mark }).count()).toBe(0);
    await expect.poll(() => focusedName(popup)).toMatch(/^button "Undo/);
    await popup.keyboard.press('Enter');
    await popup.getByRole('button', { name: mark }).waitFor();
    expect(await focusedName(popup)).not.toBe('the page itself');
    await popup.close();
  });
});

async function openOptions(): Promise<Page> {
  const options = await h.openExtensionPage('options.html');
  await options.getByRole('form', { name: 'Settings' }).waitFor();
  return options;
}

describe('the options page by keyboard alone', () => {
  it('Tab and Shift+Tab reach every control, in one order, with focus always shown and never hidden or trapped', async () => {
    const options = await openOptions();
    await expectFullKeyboardWalk(options);
    await options.close();
  });

  it('a section link with Enter takes focus to that section', async () => {
    const options = await openOptions();
    await options.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Programs' }).focus();
    await options.keyboard.press('Enter');
    await expect.poll(() => options.evaluate(() => document.activeElement?.getAttribute('aria-labelledby'))).toBe('programs-title');
    await options.close();
  });

  it('Space toggles a program and keeps focus; Enter in a field saves, and focus stays in the field', async () => {
    const options = await openOptions();
    const toggle = options.getByRole('checkbox', { name: 'Net-New Onboarding' });
    const before = await toggle.isChecked();
    await toggle.focus();
    await options.keyboard.press(' ');
    expect(await toggle.isChecked()).toBe(!before);
    expect(await focusedName(options)).toBe('input "Net-New Onboarding"');
    await options.keyboard.press(' ');

    await options.getByRole('textbox', { name: 'Your title' }).focus();
    await options.keyboard.type('Customer Success Manager');
    await options.keyboard.press('Enter');
    await expect.poll(() => options.getByRole('status').filter({ hasText: /^Saved\./ }).count()).toBe(1);
    expect(await focusedName(options)).toBe('input "Your title"');
    await options.close();
  });

  it('Clear everything opens on Cancel, keeps Tab inside the dialog, and Escape returns focus to its button', async () => {
    const options = await openOptions();
    await options.getByRole('button', { name: 'Clear everything…' }).focus();
    await options.keyboard.press('Enter');
    const dialog = options.getByRole('dialog', { name: 'Clear everything?' });
    await dialog.waitFor();
    expect(await focusedName(options)).toBe('button "Cancel"');
    await options.keyboard.press('Tab');
    expect(await focusedName(options)).toBe('button "Delete everything"');
    await options.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await focusedName(options)).toBe('button "Clear everything…"');
    await options.close();
  });
});
