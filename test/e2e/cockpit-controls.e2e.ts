/**
 * Start playbook on both ways tenants build Cockpit's forms: Gainsight's own controls (comboboxes whose
 * listboxes open in overlays, a Playbook picker that searches and answers late with a look-alike first,
 * required marks, a Due Date typed as MM/DD/YYYY) and native selects with an ISO date. The same steps
 * run on each: Start fills Type, Reason, Due Date in the field's format and the exact Playbook, says so,
 * never saves, and the host's own Save then creates exactly that CTA. On the combobox tenant, Prefill
 * makes the GitLab Admin's address a token of the To picker.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toIsoDate } from '../../lib/shared/dates/local';
import { launch, panelFor, sample, setSender, type Harness } from './harness';

const today = toIsoDate(new Date());
const [year, month, day] = today.split('-');

let h: Harness;

beforeAll(async () => {
  h = await launch();
  await setSender(h);
});
afterAll(async () => {
  await h?.close();
});

async function planShown(panel: Locator, name: string): Promise<void> {
  await panel.getByRole('heading', { name, exact: true }).waitFor({ timeout: 20_000 });
  await panel.getByText('Still reading the page…').waitFor({ state: 'detached', timeout: 20_000 });
}

const programItem = (panel: Locator, name: string) => panel.getByRole('listitem', { name: new RegExp(`^${name}`) });

/**
 * What a field shows a user, found by its role and accessible name (a "*" mark is hidden from it): a
 * select's chosen option, an input's text, a combobox's visible text.
 */
function shown(form: Locator, label: string): Promise<string> {
  const role = ['Name', 'Due Date'].includes(label) ? 'textbox' : 'combobox';
  return form.getByRole(role, { name: label, exact: true }).evaluate((el) => {
    if (el instanceof HTMLSelectElement) return el.value === '' ? '' : (el.selectedOptions[0]?.text ?? '').trim();
    if (el instanceof HTMLInputElement) return el.value;
    const visible = [...el.childNodes].filter((n) => !(n instanceof Element && n.getAttribute('aria-hidden') === 'true'));
    return visible.map((n) => n.textContent ?? '').join('').replace(/\s+/g, ' ').trim();
  });
}

/** The tenants: what each one's Due Date field takes, and whether its Playbook picker searches. */
const VARIANTS = [
  { name: 'Gainsight\'s own controls', host: 'combobox.gainsightcloud.com', dueDate: `${month}/${day}/${year}`, searches: true },
  { name: 'native selects', host: 'gitlab.gainsightcloud.com', dueDate: today, searches: false },
] as const;

describe.each(VARIANTS)('Start playbook on a Create CTA form built from $name', (variant) => {
  const duo = () => sample(h.sandbox, 'new-duo-purchase');
  const ctaName = () => `Duo Admin Onboarding – ${duo().account.name}`;
  let page: Page;

  beforeAll(async () => {
    page = await h.context.newPage();
  });
  afterAll(async () => {
    await page.close();
  });

  it('fills Type, Reason, Due Date in the field\'s format and the exact Playbook, and does not save', async () => {
    // The Playbook search is held until the test has looked at the form: its options come only then, so
    // the filler must wait for them (no timer of the page's decides when).
    const searches: string[] = [];
    let playbookWhileHeld: string | null = null;
    await page.route((url) => url.pathname.endsWith('/v1/api/sandbox/playbooks'), async (route) => {
      searches.push(new URL(route.request().url()).searchParams.get('q') ?? '');
      playbookWhileHeld = await shown(page.getByRole('dialog', { name: 'Create CTA' }), 'Playbook');
      await route.continue();
    });
    await page.goto(`https://${variant.host}/v1/ui/customersuccess360?cid=${duo().gainsightId}`);
    const panel = await panelFor(h, page);
    await planShown(panel, duo().account.name);
    const ctasBefore = h.sandbox.state.ctas.length;
    const item = programItem(panel, 'Duo Admin Onboarding');
    await item.getByRole('button', { name: 'Start Duo Admin Onboarding' }).click();

    const form = page.getByRole('dialog', { name: 'Create CTA' });
    await form.waitFor();
    const status = item.getByRole('status').first();
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toContain('Filled Company, Type, Name, Reason, Due Date, Playbook: review the form and click Save.');
    // Filled, not saved: the start waits for the user's Save.
    await item.getByText(/^Started, not saved yet/).waitFor();
    expect(await shown(form, 'Company')).toBe(duo().account.name);
    expect(await shown(form, 'Type')).toBe('Digital Journey');
    expect(await shown(form, 'Name')).toBe(ctaName());
    expect(await shown(form, 'Reason')).toBe('Onboarding');
    expect(await shown(form, 'Due Date')).toBe(variant.dueDate);
    // The exact name, not "Duo Admin Onboarding - Pilot (retired)", which the search lists first.
    expect(await shown(form, 'Playbook')).toBe('Duo Admin Onboarding');
    expect(h.sandbox.state.ctas).toHaveLength(ctasBefore);
    if (variant.searches) {
      // Searched once, for the exact name; nothing was picked while the answer was held.
      expect(searches).toEqual(['Duo Admin Onboarding']);
      expect(playbookWhileHeld).toBe('Select Playbook');
    }

    // The host's own model took every value: its Save creates exactly this CTA.
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => h.sandbox.state.ctas.length).toBe(ctasBefore + 1);
    expect(h.sandbox.state.ctas.at(-1)).toMatchObject({
      companyId: duo().gainsightId, type: 'Digital Journey', name: ctaName(), reason: 'Onboarding', dueDate: today, playbook: 'Duo Admin Onboarding',
    });
  });
});

describe('Prefill on an Edit Email whose To and CC are token pickers', () => {
  it('makes the GitLab Admin\'s address a To token and the CSM\'s a CC token, which the host then saves', async () => {
    const duo = sample(h.sandbox, 'new-duo-purchase');
    const cta = h.sandbox.state.ctas.find((c) => c.companyId === duo.gainsightId && c.playbook === 'Duo Admin Onboarding');
    expect(cta).toBeDefined();
    const page = await h.context.newPage();
    await page.goto(`https://combobox.gainsightcloud.com/v1/ui/cockpit?ctaId=${cta!.id}`);
    const panel = await panelFor(h, page);
    await planShown(panel, duo.account.name);
    await page.getByRole('list', { name: 'Tasks' }).getByRole('listitem').filter({ hasText: 'Email 1:' }).click();
    await page.getByRole('button', { name: 'Validate Email' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit Email' });
    await dialog.waitFor();

    const item = programItem(panel, 'Duo Admin Onboarding');
    await item.getByRole('region', { name: /^Preview of Email 1/ }).waitFor();
    await item.getByRole('button', { name: 'Prefill email' }).click();

    const admin = duo.account.contacts!.find((c) => c.roles.includes('GitLab Admin'))!;
    const tokens = (label: string) => dialog.getByRole('list', { name: `${label} recipients` }).getByRole('listitem').allTextContents();
    await expect.poll(() => item.getByRole('status').first().textContent(), { timeout: 20_000 }).toContain("Filled To. Kept the template's CC, Subject, Body");
    expect((await tokens('To')).map((t) => t.replace('×', '').trim())).toEqual([admin.email]);
    expect((await tokens('CC')).map((t) => t.replace('×', '').trim())).toEqual([duo.account.fields.csmEmail]);

    const emailsBefore = h.sandbox.state.emails.length;
    await dialog.getByRole('button', { name: 'Save as Draft' }).click();
    await expect.poll(() => h.sandbox.state.emails.length).toBe(emailsBefore + 1);
    expect(h.sandbox.state.emails.at(-1)).toMatchObject({ status: 'draft', to: [admin.email], cc: [duo.account.fields.csmEmail] });
    await page.close();
  });
});
