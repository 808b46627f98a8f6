/**
 * Options → Gainsight, "Use the labels on this page" (issue 28), in Chromium: with a Customer360 page
 * open in another tab, the worker reads the labels that page shows and every label field offers them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GAINSIGHT_LABEL_DEFAULTS } from '../../lib/shared/settings/schema';
import { C360, launch, sample, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

describe('Options → Gainsight: the labels of the open Customer360 page', () => {
  it('says to open a Customer360 page when none is open', async () => {
    const options = await h.openExtensionPage('options.html');
    const gainsight = options.getByRole('region', { name: 'Gainsight' });
    await gainsight.getByRole('button', { name: 'Use the labels on this page' }).click();
    await gainsight.getByText('Open a company’s Customer360 page in this browser first').waitFor();
    await options.close();
  });

  it('offers the labels the page shows in each label field', async () => {
    const page = await h.context.newPage();
    await page.goto(C360(sample(h.sandbox, 'two-gitlab-admins').gainsightId));
    // The page has drawn its fields (the reader waits for the same).
    await page.getByText(GAINSIGHT_LABEL_DEFAULTS.customerSince, { exact: true }).first().waitFor({ timeout: 60_000 });

    const options = await h.openExtensionPage('options.html');
    const gainsight = options.getByRole('region', { name: 'Gainsight' });
    await gainsight.getByRole('button', { name: 'Use the labels on this page' }).click();
    await gainsight.getByText(/labels from the open Customer360 page/).waitFor();
    const field = gainsight.getByRole('combobox', { name: GAINSIGHT_LABEL_DEFAULTS.customerSince, exact: true });
    const offered = await field.evaluate((input: HTMLInputElement) => [...(input.list?.options ?? [])].map((o) => o.value));
    expect(offered).toContain(GAINSIGHT_LABEL_DEFAULTS.customerSince);
    expect(offered).toContain(GAINSIGHT_LABEL_DEFAULTS.arr);
    await options.close();
    await page.close();
  });
});
