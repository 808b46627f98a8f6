/**
 * What survives a Firefox restart on the same profile: a started sequence's reminder (IndexedDB) and the
 * badge the background restores at start-up. (Settings across a restart: options.ff.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeText, sendFromPage } from './extension-api';
import { launch, type FirefoxHarness } from './harness';
import { openPopup } from './surfaces';
import { byRole, countRole } from './roles';
import { acme, subject } from './sequences';

let h: FirefoxHarness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});


describe('Firefox restarts', () => {
  it('keeps a reminder made before the restart, shows it in the popup and restores the badge', async () => {
    const page = await openPopup(h);
    expect((await sendFromPage(page, 'reminders.startSequence', acme)).created).toBe(true);
    await expect.poll(() => badgeText(page)).toBe('1');
    await page.close();

    await h.restart();

    const popup = await openPopup(h);
    const overdue = await byRole(popup, 'list', 'Overdue');
    await byRole(overdue, 'button', `Mark sent for ${subject(acme, 'Welcome')}`);
    expect(await countRole(popup, 'listitem')).toBe(1);
    await expect.poll(() => badgeText(popup)).toBe('1');
    const { reminders } = await sendFromPage(popup, 'reminders.list', {});
    expect(reminders.map((r) => [r.account.name, r.stepName, r.dueDate])).toEqual([['Acme Corp', 'Welcome', acme.startedOn]]);
    await popup.close();
  });
});
