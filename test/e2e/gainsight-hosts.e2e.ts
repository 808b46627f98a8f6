/**
 * Issue 24: only `*.gainsightcloud.com` and the domains the user added are Gainsight. An org's own
 * `my.salesforce.com` page that copies Customer360's path and markup (the sandbox serves such a
 * look-alike on every org host) is no record: nothing is read from it, and it never becomes the tenant
 * My book's Start opens.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { C360, launch, panelFor, sample, type Harness } from './harness';

let h: Harness;

beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

const WHERE_IT_WORKS = /^The panel works on Gainsight Customer360/;
const EVIL_ORG = 'evil-dev-ed.develop.my.salesforce.com';

async function lastTenant(): Promise<unknown> {
  const worker = await h.serviceWorker();
  // @ts-expect-error the service worker's own `chrome` global
  return worker.evaluate(async () => ((await chrome.storage.local.get('lastGainsightTenant')) as Record<string, unknown>).lastGainsightTenant ?? null);
}

describe('Gainsight hosts', () => {
  it('a Customer360 look-alike on an org’s my.salesforce.com host is not read, and does not become the Gainsight tenant', async () => {
    const account = sample(h.sandbox, 'new-subscription-day-2');
    // The real tenant first: it is the one Start must keep opening.
    const real = await h.context.newPage();
    await real.goto(C360(account.gainsightId));
    await (await panelFor(h, real)).getByRole('heading', { name: account.account.name, exact: true }).waitFor({ timeout: 20_000 });
    const tenant = await lastTenant();
    expect(tenant).toBe(new URL(C360(account.gainsightId)).host);

    const page = await h.context.newPage();
    await page.goto(`https://${EVIL_ORG}/v1/ui/customersuccess360?cid=${account.gainsightId}`);
    // The look-alike renders the company as Customer360 would…
    await page.getByText(account.account.name).first().waitFor();
    // …and the panel knows no record there.
    const panel = await panelFor(h, page);
    await panel.getByText(WHERE_IT_WORKS).waitFor({ timeout: 20_000 });
    expect(await panel.getByRole('heading', { name: account.account.name }).count()).toBe(0);
    expect(await lastTenant()).toBe(tenant);
    await page.close();
    await real.close();
  });
});
