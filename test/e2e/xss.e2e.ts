/**
 * Hostile content through the whole prefill path in Chromium: every template vector in a custom catalog's
 * email, vectors in the account's name, its contacts' names and email, the CSM's name and the sender's
 * name. Start playbook, prefill, the panel's preview and the host's own Send must let nothing run and
 * nothing load, and the host page may change only in the fields the extension fills.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CURRENT_CATALOG } from '../../lib/shared/programs/catalog-current';
import type { Catalog } from '../../lib/shared/programs/types';
import { ALLOWED_TAGS } from '../../lib/shared/email/sanitize';
import { EVIL_ORIGIN, TEMPLATE_VECTORS, XSS_VECTORS } from './fixtures/xss-vectors';
import { C360, launch, panelFor, recordedFor, sample, type Harness } from './harness';

const vector = (id: string) => XSS_VECTORS.find((v) => v.id === id)!.html;

const ACCOUNT_NAME = vector('attr-breakout-double');
const ADMIN_NAME = vector('img-onerror-slash');
const SECOND_ADMIN_NAME = vector('angular-csti');
const BAD_EMAIL = '"><script>alert(1)</script>@x.example';
const CSM_NAME = vector('svg-onload');
const SENDER_NAME = vector('script');

/** The Duo program's first email carries every template vector, plus a token that has no value. */
function hostileCatalog(): Catalog {
  const catalog: Catalog = structuredClone(CURRENT_CATALOG);
  const duo = catalog.programs.find((p) => p.id === 'duo-admin-onboarding')!;
  duo.steps[0] = {
    ...duo.steps[0]!,
    subject: 'Duo for {{account.name}} <script>alert(1)</script><img src=x onerror=alert(2)>',
    // Values first: some vectors (unclosed raw-text breakouts) make the sanitizer drop what follows them.
    body: `<p>Hi {{contact.firstName}},</p><p>From {{sender.name}}</p>${TEMPLATE_VECTORS.map((v) => v.html).join('\n')}`,
  };
  return catalog;
}

let h: Harness;
let page: Page;
const dialogs: string[] = [];
const evilRequests: string[] = [];
const pageErrors: string[] = [];
const evilConsole: string[] = [];

beforeAll(async () => {
  h = await launch();
  h.context.on('request', (r) => {
    if (r.url().startsWith(EVIL_ORIGIN)) evilRequests.push(r.url());
  });
  const popup = await h.openExtensionPage('popup.html');
  await popup.evaluate(
    // @ts-expect-error the extension page's own `chrome` global
    ([settings, catalog]) => chrome.storage.local.set({ settings, customCatalog: catalog }),
    [{ sender: { name: SENDER_NAME, email: 'casey.morgan@gitlab.example', title: 'CSM', genericAddress: '', ccCsm: true } }, hostileCatalog()] as const,
  );
  await popup.close();

  const helix = sample(h.sandbox, 'new-duo-purchase');
  helix.account.name = ACCOUNT_NAME;
  helix.account.fields.csm = CSM_NAME;
  const [admin, second] = helix.account.contacts!;
  Object.assign(admin!, { name: ADMIN_NAME, firstName: ADMIN_NAME });
  Object.assign(second!, { name: SECOND_ADMIN_NAME, firstName: SECOND_ADMIN_NAME, email: BAD_EMAIL, roles: ['GitLab Admin'] });

  page = await h.context.newPage();
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => {
    const where = `${m.location().url} ${m.text()}`;
    if (m.type() === 'error' && (where.includes(EVIL_ORIGIN) || /xss|alert|onerror/i.test(where))) evilConsole.push(where);
  });
});
afterAll(async () => {
  await h?.close();
});

/**
 * Elements and attributes outside the allow-list, in HTML parsed by the page. `linkExtras`: the panel's
 * preview adds target and rel to links so they open in a new tab.
 */
function offences(target: Page, html: string, linkExtras: string[] = []): Promise<string[]> {
  const allowed: string[] = [...ALLOWED_TAGS];
  return target.evaluate(
    ([source, tags, extras]) => {
      const template = document.createElement('template');
      template.innerHTML = source;
      const found: string[] = [];
      for (const el of template.content.querySelectorAll('*')) {
        if (!tags.includes(el.localName)) found.push(`<${el.localName}>`);
        for (const a of el.attributes) {
          const safeHref = a.name === 'href' && /^(https?:\/\/|mailto:)/i.test(a.value);
          if (!safeHref && !(el.localName === 'a' && extras.includes(a.name))) found.push(`${a.name}=${a.value}`);
        }
      }
      return found;
    },
    [html, allowed, linkExtras] as const,
  );
}

/** The host page without the extension's panel and with the editor emptied: what must not change. */
function hostSnapshot(target: Page): Promise<{ html: string; values: string[] }> {
  return target.evaluate(() => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    clone.querySelector('cta-playbook-companion')?.remove();
    for (const editor of clone.querySelectorAll('[contenteditable]')) editor.replaceChildren();
    const filled = new Set(['To', 'CC', 'Subject']);
    const values = [...document.querySelectorAll<HTMLInputElement>('input, select, textarea')]
      .filter((c) => c.type !== 'checkbox' && !filled.has(document.querySelector(`label[for="${c.id}"]`)?.textContent?.trim() ?? ''))
      .map((c) => c.value);
    return { html: clone.innerHTML, values };
  });
}

const activate = (button: Locator) => button.press('Enter');

/** The page once two snapshots in a row agree: a busy machine may still be rendering what was opened last. */
async function settledSnapshot(p: Page): Promise<Awaited<ReturnType<typeof hostSnapshot>>> {
  let last = await hostSnapshot(p);
  await expect
    .poll(async () => {
      const next = await hostSnapshot(p);
      const same = JSON.stringify(next) === JSON.stringify(last);
      last = next;
      return same;
    })
    .toBe(true);
  return last;
}

async function expectNothingRan(): Promise<void> {
  await page.waitForTimeout(500);
  expect(dialogs).toEqual([]);
  expect(evilRequests).toEqual([]);
  expect(pageErrors).toEqual([]);
  expect(evilConsole).toEqual([]);
}

describe(`${XSS_VECTORS.length} XSS vectors in templates and page data`, () => {
  it('has at least 50 vectors', () => {
    expect(XSS_VECTORS.length).toBeGreaterThanOrEqual(50);
  });

  it('Start playbook writes the hostile account name into the CTA form as text only', async () => {
    const helix = sample(h.sandbox, 'new-duo-purchase');
    await page.goto(C360(helix.gainsightId));
    const panel = await panelFor(h, page);
    await panel.getByRole('heading', { name: ACCOUNT_NAME, exact: true }).waitFor({ timeout: 60_000 });
    await panel.getByText('Still reading the page…').waitFor({ state: 'detached', timeout: 60_000 });
    await panel.getByRole('listitem', { name: /^Duo Admin Onboarding/ }).getByRole('button', { name: 'Start Duo Admin Onboarding' }).click();
    const form = page.getByRole('dialog', { name: 'Create CTA' });
    await form.waitFor();
    await expect.poll(() => form.getByLabel('Name', { exact: true }).inputValue()).toBe(`Duo Admin Onboarding – ${ACCOUNT_NAME}`);
    expect(await form.locator('img, script, svg').count()).toBe(0);
    await activate(form.getByRole('button', { name: 'Save' }));
    await expect.poll(() => h.sandbox.state.ctas.length).toBe(1);
    await expectNothingRan();
  });

  it('prefills a sanitized body, escaped values and only real addresses, changing nothing else on the page', async () => {
    const panel = await panelFor(h, page);
    // The saved CTA opened in Cockpit; its "CTA created" toast goes before the page is compared.
    await page.waitForURL(/\/v1\/ui\/cockpit\?ctaId=/);
    await page.getByRole('status').filter({ hasText: 'CTA created' }).waitFor({ state: 'detached' });
    await activate(page.getByRole('list', { name: 'Tasks' }).getByRole('listitem').filter({ hasText: 'Email 1:' }));
    await activate(page.getByRole('button', { name: 'Validate Email' }));
    const dialog = page.getByRole('dialog', { name: 'Edit Email' });
    await dialog.waitFor();

    const item = panel.getByRole('listitem', { name: /^Duo Admin Onboarding/ });
    const preview = item.getByRole('region', { name: /^Preview of / });
    await preview.waitFor();
    const checks = await item.getByRole('list', { name: 'Check before filling' }).textContent();
    expect(checks).toContain('Unsafe content was removed from the template');
    expect(checks).toContain(`Not an email address, left out: ${BAD_EMAIL}`);
    const previewHtml = await preview.evaluate((el) => el.querySelector('div:last-child')?.innerHTML ?? '');
    expect(await offences(page, previewHtml, ['target', 'rel'])).toEqual([]);

    // An empty template takes the catalog's (hostile) text: the path where its vectors reach the page.
    await dialog.getByLabel('Subject', { exact: true }).fill('');
    await dialog.getByRole('textbox', { name: 'Email body' }).fill('');
    const before = await settledSnapshot(page);
    await item.getByRole('button', { name: 'Prefill email' }).click();
    const helix = sample(h.sandbox, 'new-duo-purchase');
    const admin = helix.account.contacts![0]!;
    await expect.poll(() => dialog.getByLabel('To', { exact: true }).inputValue()).toBe(admin.email);
    expect(await dialog.getByLabel('CC', { exact: true }).inputValue()).toBe(helix.account.fields.csmEmail);
    const subject = await dialog.getByLabel('Subject', { exact: true }).inputValue();
    expect(subject).toBe(`Duo for ${ACCOUNT_NAME}`);
    const body = dialog.getByRole('textbox', { name: 'Email body' });
    expect(await offences(page, await body.innerHTML())).toEqual([]);
    expect(await body.textContent()).toContain(`Hi ${ADMIN_NAME},`);
    expect(await body.textContent()).toContain(SENDER_NAME);
    expect(await body.textContent()).not.toContain('{{');
    expect(await hostSnapshot(page)).toEqual(before);
    await expectNothingRan();

    await activate(dialog.getByRole('button', { name: 'Preview and Proceed' }));
    await activate(dialog.getByRole('button', { name: 'Send' }));
    await expect.poll(() => h.sandbox.state.emails.length).toBe(1);
    const sent = h.sandbox.state.emails[0]!;
    expect(sent).toMatchObject({ status: 'sent', to: [admin.email], subject: `Duo for ${ACCOUNT_NAME}` });
    expect(await offences(page, sent.bodyHtml)).toEqual([]);
    expect(sent.bodyHtml).not.toContain('{{');
    await expectNothingRan();
  });

  it('records the send for the hostile account like any other', async () => {
    const helix = sample(h.sandbox, 'new-duo-purchase');
    const history = await recordedFor(h, helix.gainsightId);
    expect(history.enrollments).toMatchObject([{ account: { name: ACCOUNT_NAME }, currentStep: 1 }]);
    // The CTA's own second Email Task, on its date.
    expect(history.reminders.find((r) => r.step === 1)).toMatchObject({ dueDate: h.sandbox.state.ctas[0]!.tasks[1]!.dueDate, status: 'pending' });
  });

  it('would have noticed a vector that runs (the detectors themselves work)', async () => {
    await page.evaluate((origin) => {
      const canary = document.createElement('div');
      canary.innerHTML = `<img src="x" onerror="alert('canary')"><img src="${origin}/x/canary">`;
      document.body.append(canary);
    }, EVIL_ORIGIN);
    await expect.poll(() => dialogs.length).toBe(1);
    await expect.poll(() => evilRequests.length).toBe(1);
    expect(evilRequests[0]).toBe(`${EVIL_ORIGIN}/x/canary`);
  });
});
