/**
 * The extension's Customer360 reader, bundled as the content script runs it, against every sandbox C360
 * variant in a real Chromium: the account's fields, the contacts, the admin verdict, that a note's table
 * changes nothing, and that a virtualized grid never yields "no admin".
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gitlabAdmins, type Account } from '../../../lib/shared/accounts/account';
import type { DateOrder } from '../../../lib/shared/dates';
import { chromiumPath, QUIET_FLAGS } from '../../../scripts/chromium';
import { adminVerdict } from '../../../lib/shared/planning/verdict';
import { C360_VARIANTS, expectedReading, type C360Variant } from '../data/c360-variants';
import { KESTREL_ADMIN_INDEX } from '../data/book';
import { hostResolverRules, startSandbox, type Sandbox } from '../server';
import type { C360Probe, ProbeResult } from './probe/c360-probe';

const CHROMIUM = chromiumPath();
const ADMIN = 'GitLab Admin';

let sandbox: Sandbox;
let browser: Browser;
let probe: string;

async function bundleProbe(): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./probe/c360-probe.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

const sampleOf = (variant: C360Variant) => sandbox.state.accounts.find((a) => a.key === variant.accountKey)!;
const dateOrderOf = (variant: C360Variant): DateOrder => (sampleOf(variant).dateFormat === 'DMY' ? 'DMY' : 'MDY');

async function open(url: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
  await page.goto(url);
  await page.addScriptTag({ content: probe });
  return page;
}

/** A variant's page, watched until its reading is complete. */
async function openVariant(key: string) {
  const variant = C360_VARIANTS.find((v) => v.key === key)!;
  const order = dateOrderOf(variant);
  const page = await open(expectedReading(variant, sampleOf(variant)).url);
  const { final } = await watch(page, order);
  return { variant, order, page, account: final.account! };
}

function watch(page: Page, order: DateOrder): Promise<ProbeResult> {
  return page.evaluate(([o]) => (window as unknown as { c360Probe: C360Probe }).c360Probe.watch(o, 30_000), [order] as const);
}

function readNow(page: Page, order: DateOrder) {
  return page.evaluate(([o]) => (window as unknown as { c360Probe: C360Probe }).c360Probe.read(o), [order] as const);
}

/** What of a contact the page can show (the grid has no Salesforce ids). */
const shownContact = (c: NonNullable<Account['contacts']>[number]) => ({ name: c.name, email: c.email, roles: c.roles, soldTo: c.soldTo, permission: c.permission, enablementEnrollment: c.enablementEnrollment });

describe.skipIf(!CHROMIUM)('the C360 reader in Chromium, on every sandbox variant', () => {
  beforeAll(async () => {
    [sandbox, probe] = await Promise.all([startSandbox({ today: '2026-11-23', dataDelayMs: 150 }), bundleProbe()]);
    browser = await chromium.launch({
      executablePath: CHROMIUM!,
      args: [...QUIET_FLAGS, '--ignore-certificate-errors', `--host-resolver-rules=${hostResolverRules(sandbox.port)}`],
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await sandbox?.close();
  });

  it.each(C360_VARIANTS.map((v) => [v.key, v] as const))('%s', async (_key, variant) => {
    const expected = expectedReading(variant, sampleOf(variant));
    const scrolling = variant.tenant !== 'gitlab.gainsightcloud.com';
    // The scrolling layout's People and Program Logs are held until the watch has seen the page without
    // them, so even a slow machine shows the reader waiting for late sections.
    const release = scrolling ? sandbox.hold('lateSections') : () => undefined;
    const page = await open(expected.url);
    const watching = watch(page, dateOrderOf(variant));
    if (scrolling) {
      await expect.poll(() => page.evaluate(() => (window as unknown as { c360Probe: C360Probe }).c360Probe.waits.some((w) => w.includes('contacts')))).toBe(true);
      release();
    }
    const { final, waits } = await watching;
    const account = final.account!;

    expect(final).toMatchObject({ complete: true, waitingFor: [] });
    expect(account).toMatchObject({ name: expected.account.name, id: expected.account.id, org: expected.account.org, salesforceAccountId: expected.account.salesforceAccountId });
    expect(account.fields).toEqual(expected.account.fields);
    expect(account.unreadable).toEqual(expected.account.unreadable);
    for (const [key, text] of Object.entries(expected.fieldNotes)) expect(account.fieldNotes?.[key as keyof typeof expected.fieldNotes]).toContain(text);
    expect(Object.keys(account.fieldNotes ?? {}).sort()).toEqual(Object.keys(expected.fieldNotes).sort());

    expect(account.contacts?.map(shownContact)).toEqual(expected.account.contacts?.map(shownContact));
    expect(account.contactsIncomplete).toBe(expected.account.contactsIncomplete);
    expect(gitlabAdmins(account).map((c) => c.name)).toEqual(expected.admins);
    expect(adminVerdict(account, ADMIN)).toBe(expected.admin);
    expect(adminVerdict(account, ADMIN)).toBe(variant.admin);
    for (const name of expected.notContacts) expect(account.contacts?.some((c) => c.name === name)).toBe(false);

    expect(account.opportunities.map((o) => [o.name, o.type, o.closeDate])).toEqual(expected.account.opportunities.map((o) => [o.name, o.type, o.closeDate]));
    expect(account.programLogs).toEqual(expected.account.programLogs);
    // The scrolling layout's sections arrive one by one: the watch saw the contacts still awaited, then read.
    if (scrolling) expect(waits.some((w) => w.includes('contacts'))).toBe(true);
    await page.context().close();
  }, 60_000);

  it('reads the same account with the decoy note as without it', async () => {
    const { page, order, account: withNote } = await openVariant('scrolling-decoy-note');
    expect(await page.getByRole('cell', { name: 'Dana Reseller' }).count()).toBe(1);
    await page.locator('gridster-item', { has: page.locator('label', { hasText: 'Account Notes' }) }).evaluate((el) => el.remove());
    expect(await page.getByRole('cell', { name: 'Dana Reseller' }).count()).toBe(0);
    expect(await readNow(page, order)).toMatchObject({ complete: true, account: withNote });
    await page.context().close();
  }, 60_000);

  it('never concludes "no admin" from a virtualized grid, and finds the admin once the grid scrolls to them', async () => {
    const { variant, page, order, account: before } = await openVariant('virtualized-people');
    expect(adminVerdict(before, ADMIN)).toBe('unknown');

    const admin = sampleOf(variant).account.contacts![KESTREL_ADMIN_INDEX]!;
    await page.locator('gs-people-section gs-ag-grid').evaluate((grid, row) => {
      const viewport = grid.shadowRoot!.querySelector<HTMLElement>('.ag-body-viewport')!;
      viewport.scrollTop = row * 30;
    }, KESTREL_ADMIN_INDEX - 5);
    await page.getByRole('gridcell', { name: admin.name }).waitFor();
    const after = (await readNow(page, order)).account!;
    expect(gitlabAdmins(after).map((c) => c.name)).toEqual([admin.name]);
    expect(after.contactsIncomplete).toBe('20 of 64 contacts visible');
    expect(adminVerdict(after, ADMIN)).toBe('yes');
    await page.context().close();
  }, 60_000);
}, 240_000);
