/**
 * Who sends a program (seed 002: "from either a TAM or AE", or the generic address), chosen per program in
 * Options: the panel's preview signs as that sender, read from the account's page, and an account whose
 * AE nobody names says so, with a button that opens Options at that program's choice.
 */
import { describe, expect, it } from 'vitest';
import { C360, CASEY, panelFor, sample } from './harness';
import { extensionSession, planShown, programItem } from './session';

const SENDER = CASEY;

const session = extensionSession();

describe('the sender of each program', () => {
  const helix = () => sample(session.h.sandbox, 'new-duo-purchase');

  it("signs as the user by default, and as the account's AE once Options says the AE sends it", async () => {
    await session.page.goto(C360(helix().gainsightId));
    let panel = await panelFor(session.h, session.page);
    await planShown(panel, helix().account.name);
    let duo = programItem(panel, 'Duo Admin Onboarding');
    await duo.getByRole('button', { name: 'Preview email' }).click();
    const preview = () => duo.getByRole('region', { name: /^Preview of / });
    await expect.poll(() => preview().textContent()).toContain(`${SENDER.name} <${SENDER.email}>`);

    const options = await session.h.openExtensionPage('options.html');
    const choice = options.getByRole('combobox', { name: 'Who sends Duo Admin Onboarding' });
    await choice.selectOption({ label: "The account's AE" });
    await options.getByRole('button', { name: 'Save' }).click();
    await options.getByText(/^Saved\./).waitFor();
    await options.close();

    await session.page.reload();
    panel = await panelFor(session.h, session.page);
    await planShown(panel, helix().account.name);
    duo = programItem(panel, 'Duo Admin Onboarding');
    await duo.getByRole('button', { name: 'Preview email' }).click();
    await expect.poll(() => preview().textContent()).toContain("Morgan Reyes <mreyes@gitlab.example> (the account's AE)");
    expect(await preview().textContent()).toMatch(/Morgan Reyes\s*Account Executive\s*mreyes@gitlab\.example/);
    expect(await preview().textContent()).not.toContain(SENDER.name);
  });

  it("an account whose AE is not on its page is not signed by a guess: the panel says so and opens Options at the program's choice", async () => {
    const other = sample(session.h.sandbox, 'renewed-3-days-ago');
    const options = await session.h.openExtensionPage('options.html');
    await options.getByRole('combobox', { name: 'Who sends Customer CSAT Survey' }).selectOption({ label: "The account's AE" });
    await options.getByRole('button', { name: 'Save' }).click();
    await options.getByText(/^Saved\./).waitFor();
    await options.close();

    await session.page.goto(C360(other.gainsightId));
    const panel = await panelFor(session.h, session.page);
    await planShown(panel, other.account.name);
    const csat = programItem(panel, 'Customer CSAT Survey');
    await csat.getByText("Customer CSAT Survey is sent by the account's AE, and this account's AE is not known here.", { exact: false }).waitFor();
    await csat.getByRole('button', { name: 'Copy email' }).click();
    await expect.poll(() => csat.getByRole('status').last().textContent()).toMatch(/^Not copied: no value for .*\{\{sender\.name\}\}/);

    const opened = session.h.context.waitForEvent('page', { predicate: (p) => p.url().includes('/options.html') });
    await csat.getByRole('button', { name: 'Set the missing values in Options' }).click();
    const at = await opened;
    const field = at.getByRole('combobox', { name: 'Who sends Customer CSAT Survey' });
    await field.waitFor();
    await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
    await at.close();
  });
});
