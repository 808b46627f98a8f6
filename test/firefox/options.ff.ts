/**
 * The options page in Firefox: a setting saved the way a CSM saves it, kept across a reload and a browser
 * restart, and a refused value that shows its error by the field and changes nothing.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storedValue } from './extension-api';
import { launch, type FirefoxHarness } from './harness';
import { openOptions } from './surfaces';
import { aria, byRole, textOf } from './roles';

let h: FirefoxHarness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});


const valueOf = async (page: Page, role: string, name: string) =>
  (await byRole(page, role, name)).evaluate((input) => (input as HTMLInputElement).value);

/** Replaces a field's text as a user does: select all, type. */
async function retype(page: Page, name: string, text: string): Promise<void> {
  const field = await byRole(page, 'textbox', name);
  await field.click({ count: 3 });
  await field.evaluate((input) => (input as HTMLInputElement).select());
  await page.keyboard.press('Backspace');
  await field.type(text);
}

/** Whether a live status region says "Saved. …" (a status is not named by its content: read its text). */
async function saidSaved(page: Page): Promise<boolean> {
  const texts = await Promise.all((await page.$$(aria('status'))).map(textOf));
  return texts.some((text) => text.startsWith('Saved.'));
}

async function save(page: Page): Promise<void> {
  await (await byRole(page, 'button', 'Save')).click();
}

describe('the options page in Firefox', () => {
  it('saves a setting, and it is there after a reload and after a restart', async () => {
    const options = await openOptions(h);
    await retype(options, 'Your name', 'Dana Scully');
    await save(options);
    await expect.poll(() => saidSaved(options), { timeout: 60_000 }).toBe(true);
    expect(await storedValue(options, 'settings')).toMatchObject({ sender: { name: 'Dana Scully' } });
    await options.close();

    const reopened = await openOptions(h);
    expect(await valueOf(reopened, 'textbox', 'Your name')).toBe('Dana Scully');
    await reopened.close();

    await h.restart();
    const afterRestart = await openOptions(h);
    expect(await valueOf(afterRestart, 'textbox', 'Your name')).toBe('Dana Scully');
    await afterRestart.close();
  });

  it('refuses an invalid email: the error is by the field, focus goes there, and nothing is saved', async () => {
    const options = await openOptions(h);
    await retype(options, 'Your email', 'not an address');
    await save(options);
    const field = await byRole(options, 'textbox', 'Your email');
    await expect.poll(() => field.evaluate((input) => input.getAttribute('aria-invalid'))).toBe('true');
    const errorText = await field.evaluate((input) => {
      const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
      return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
    });
    expect(errorText).toMatch(/email/i);
    expect(await options.evaluate(() => document.activeElement?.id)).toBe(await field.evaluate((input) => input.id));
    const stored = (await storedValue(options, 'settings')) as { sender?: { email?: string } } | undefined;
    expect(stored?.sender?.email).not.toBe('not an address');
    expect(await saidSaved(options)).toBe(false);
    expect(await textOf(await byRole(options, 'form', 'Settings'))).toContain('Unsaved changes');
    await options.close();
  });
});
