/**
 * Customer360 as real tenants render it (issue 12): every named sandbox variant, read by the built
 * extension and shown in the side panel. The admin verdict and the plan's lists equal what the engine
 * decides on a correct reading of that page; a note's decoy table never becomes a contact, and a
 * virtualized grid's visible rows never prove that there is no admin.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { C360_VARIANTS, expectedReading } from '../sandbox/data/c360-variants';
import { expectedPlan, namesIn } from './expected-plans';
import { launch, panelFor, listedPrograms, PLAN_LISTS, type Harness } from './harness';

let h: Harness;

beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

const VERDICT = { yes: /^GitLab Admin: ✓/, no: /^GitLab Admin: ✗ none/, unknown: /^GitLab Admin: unknown/ } as const;

describe('the side panel reads Customer360 the way tenants build it', () => {
  it.each(C360_VARIANTS.map((v) => [v.key, v] as const))('%s', async (_key, variant) => {
    const sample = h.sandbox.state.accounts.find((a) => a.key === variant.accountKey);
    if (!sample) throw new Error(`no sample ${variant.accountKey}`);
    const expected = expectedReading(variant, sample);
    const page = await h.context.newPage();
    await page.goto(expected.url);
    const panel = await panelFor(h, page);
    await panel.getByRole('heading', { name: sample.account.name, exact: true }).waitFor({ timeout: 60_000 });
    await panel.getByText('Still reading the page…').waitFor({ state: 'detached', timeout: 60_000 });

    const verdict = panel.getByRole('status').filter({ hasText: /^GitLab Admin:/ });
    await expect.poll(() => verdict.textContent(), { timeout: 60_000 }).toMatch(VERDICT[variant.admin]);
    for (const admin of expected.admins) expect(await verdict.textContent()).toContain(admin);

    const plan = expectedPlan(expected.account, h.sandbox.state.today);
    const all = plan.entries.map((e) => e.program.name);
    for (const [list, state] of PLAN_LISTS) expect.soft(await listedPrograms(panel, list, all), `${variant.key}: ${list}`).toEqual(namesIn(plan, state));
    const text = (await panel.textContent()) ?? '';
    for (const name of expected.notContacts) expect(text, `${variant.key}: a note's name is not a contact`).not.toContain(name);
    await page.close();
  });
});
