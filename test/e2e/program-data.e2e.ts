import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../lib/shared/dates/iso';
import { C360, launch, panelFor, programItemNames, sample, type Harness } from './harness';

/**
 * The data the programs need from the user, entered where a CSM enters it (Options → Programs) and seen
 * where it matters (the side panel): a lab's date moves its invitation out of "Needs data", and each
 * program shows the seed sentence it rests on beside its rule.
 */

let h: Harness;

beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

async function openOptions(): Promise<Page> {
  const options = await h.openExtensionPage('options.html');
  await options.getByRole('form', { name: 'Settings' }).waitFor();
  return options;
}

/** The program names a panel list shows; each item's accessible name begins with its program's name. */
async function listed(panel: Locator, list: string): Promise<string[]> {
  return (await programItemNames(panel, list)).filter((name) => name.startsWith('CI Lab Invite'));
}

describe('Options → Programs in Chromium against the sandbox', () => {
  it('shows each rule beside the seed sentence it rests on, and the values that are the team’s choice', async () => {
    const options = await openOptions();
    const programs = options.getByRole('region', { name: 'Programs' });
    await programs.getByText('Rule and seed: Customer Newsletter').click();
    const newsletter = programs.locator('details', { hasText: 'Rule and seed: Customer Newsletter' });
    await expect.poll(() => newsletter.textContent()).toContain('Customer Newsletter | Monthly on the 4th Friday | All');
    expect(await newsletter.textContent()).toContain('The 4th Friday of each month');
    await programs.getByText('Rule and seed: Net-New Onboarding').click();
    const netNew = programs.locator('details', { hasText: 'Rule and seed: Net-New Onboarding' });
    expect(await netNew.textContent()).toContain("Stays due for 7 days after its day, so a late look still finds it: the team's choice");
    await options.close();
  });

  it('a CI lab needs its date: "Needs data" until the user enters one, then an invitation the panel plans', async () => {
    const account = sample(h.sandbox, 'ci-score-red');
    const page = await h.context.newPage();
    await page.goto(C360(account.gainsightId));
    const panel = await panelFor(h, page);
    await panel.getByRole('heading', { name: account.account.name, exact: true }).waitFor({ timeout: 60_000 });
    await expect.poll(() => listed(panel, 'Needs data'), { timeout: 60_000 }).toEqual(['CI Lab Invite Cannot decide: CI Hands-On Lab date missing']);

    // A lab ten days from the sandbox's today: its invitation is due now.
    const labDay = addDays(h.sandbox.state.today, 10);
    const options = await openOptions();
    const lab = options.getByRole('region', { name: 'Programs' }).getByRole('group', { name: 'CI Hands-On Lab' });
    await lab.getByLabel('Add a CI Hands-On Lab date').fill(labDay);
    await lab.getByRole('button', { name: 'Add date' }).click();
    await options.getByRole('button', { name: 'Save' }).click();
    await options.getByText('Saved.', { exact: false }).waitFor();

    // The open panel plans again with the saved settings, without a reload.
    await expect.poll(() => listed(panel, 'Due now'), { timeout: 60_000 }).toEqual([expect.stringMatching(/^CI Lab Invite/)]);
    expect(await listed(panel, 'Needs data')).toEqual([]);

    // Its invitation waits for the lab's registration link, entered beside its dates; then it reads whole.
    const invite = panel.getByRole('listitem', { name: /^CI Lab Invite/ });
    await invite.getByText(/No value for .*\{\{event\.url\}\}/).waitFor();
    await lab.getByRole('textbox', { name: 'CI Hands-On Lab registration link' }).fill('https://events.gitlab.example/ci-lab');
    await options.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => invite.getByText(/\{\{event\.url\}\}/).count(), { timeout: 60_000 }).toBe(0);
    await invite.getByRole('button', { name: 'Preview email' }).click();
    const preview = invite.getByRole('region', { name: /^Preview of / });
    expect(await preview.getByRole('link', { name: /Register for CI Hands-On Lab/ }).getAttribute('href')).toBe('https://events.gitlab.example/ci-lab');
    expect(await preview.textContent()).not.toContain('{{');

    await lab.getByRole('button', { name: `Remove ${labDay} from CI Hands-On Lab` }).click();
    await options.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => listed(panel, 'Needs data'), { timeout: 60_000 }).toHaveLength(1);
    await options.close();
    await page.close();
  });
});
