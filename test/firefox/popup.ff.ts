/**
 * The popup's checklist of pending sends in Firefox: filled by sequences started through the add-on's
 * own messages, with Firefox's badge and notifications, and acted on with the keyboard.
 * The steps share one Firefox and build on each other, in order.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeText, notificationIds, sendFromPage } from './extension-api';
import { launch, type FirefoxHarness } from './harness';
import { openPopup } from './surfaces';
import { aria, byRole, countRole, textOf } from './roles';
import { acme, globex, subject } from './sequences';

let h: FirefoxHarness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});


/** The name of the element that has the keyboard focus (never the page itself after an action). */
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    return !active || active === document.body ? 'body' : (active.getAttribute('aria-label') ?? (active as HTMLElement).innerText);
  });

describe('the popup in Firefox', () => {
  it('starts empty, saying how to begin, with no badge', async () => {
    const popup = await openPopup(h);
    await popup.waitForSelector('::-p-text(No pending sends. Open an account in Gainsight Customer360)');
    expect(await badgeText(popup)).toBe('');
    await popup.close();
  });

  it('lists started sequences by when they are due, with a badge and one notification each', async () => {
    const page = await openPopup(h);
    const started = await sendFromPage(page, 'reminders.startSequence', acme);
    expect(started.created).toBe(true);
    expect((await sendFromPage(page, 'reminders.startSequence', acme)).created).toBe(false);
    await sendFromPage(page, 'reminders.startSequence', globex);
    await page.close();

    const popup = await openPopup(h);
    const overdue = await byRole(popup, 'list', 'Overdue');
    await byRole(overdue, 'button', `Mark sent for ${subject(acme, 'Welcome')}`);
    expect(await textOf(overdue)).toContain('Net-New Onboarding · Welcome');
    const todays = await byRole(popup, 'list', 'Today');
    await byRole(todays, 'button', `Mark sent for ${subject(globex, 'Welcome')}`);
    expect(await countRole(popup, 'listitem')).toBe(2);
    await expect.poll(() => badgeText(popup)).toBe('2');
    // Firefox keeps a notification in notifications.getAll() while it is shown.
    await expect.poll(() => notificationIds(popup)).toHaveLength(2);
    await popup.close();
  });

  it('snoozes from the keyboard: the menu opens, arrows pick "1 week", and focus lands on Undo', async () => {
    const popup = await openPopup(h);
    const snooze = await byRole(popup, 'button', `Snooze ${subject(acme, 'Welcome')}`);
    await snooze.focus();
    await popup.keyboard.press('Enter');
    const menu = await byRole(popup, 'menu', `Snooze ${subject(acme, 'Welcome')}`);
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('menuitem');
    await popup.keyboard.press('ArrowDown');
    await popup.keyboard.press('ArrowDown');
    expect(await focusedName(popup)).toMatch(/^1 week/);
    await popup.keyboard.press('Enter');
    await byRole(await byRole(popup, 'list', 'Next 7 days'), 'button', `Mark sent for ${subject(acme, 'Welcome')}`);
    expect(await countRole(popup, 'list', 'Overdue')).toBe(0);
    expect(await menu.evaluate((node) => node.isConnected)).toBe(false);
    await expect.poll(() => focusedName(popup)).toBe('Undo snooze for Acme Corp');
    await expect.poll(() => badgeText(popup)).toBe('1');

    await popup.keyboard.press('Enter');
    await byRole(await byRole(popup, 'list', 'Overdue'), 'button', `Mark sent for ${subject(acme, 'Welcome')}`);
    await expect.poll(() => badgeText(popup)).toBe('2');
    expect(await focusedName(popup)).not.toBe('body');
    await popup.close();
  });

  it('Escape closes the snooze menu and gives focus back to its button', async () => {
    const popup = await openPopup(h);
    const name = `Snooze ${subject(globex, 'Welcome')}`;
    await (await byRole(popup, 'button', name)).click();
    await byRole(popup, 'menu', name);
    await popup.keyboard.press('Escape');
    await expect.poll(() => countRole(popup, 'menu', name)).toBe(0);
    expect(await focusedName(popup)).toBe(name);
    await popup.close();
  });

  it('marks a send with Space and schedules the next step', async () => {
    const popup = await openPopup(h);
    await (await byRole(popup, 'button', `Mark sent for ${subject(globex, 'Welcome')}`)).focus();
    // puppeteer's BiDi keyboard names the space bar by its character.
    await popup.keyboard.press(' ');
    await byRole(await byRole(popup, 'list', 'Next 7 days'), 'button', `Mark sent for ${subject(globex, 'Getting started')}`);
    expect(await popup.$(aria('button', `Mark sent for ${subject(globex, 'Welcome')}`))).toBeNull();
    await expect.poll(() => badgeText(popup)).toBe('1');
    await expect.poll(() => focusedName(popup)).toMatch(/^Undo/);
    await popup.close();
  });
});
