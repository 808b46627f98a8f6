/**
 * Issue 24: contacts are read only from the People/Contacts section's own container. On a tenant whose
 * layout leaves that section off, a note with a "Contacts" heading over a contact-like table (naming a
 * reseller's "GitLab Admin") must not become the contacts: the admin is unknown, and nobody from the
 * note is a recipient.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, panelFor, sample, type Harness } from './harness';

let h: Harness;

beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

const WAIT = { timeout: 30_000 };

describe('contacts from the contacts section only', () => {
  it('a note with a "Contacts" heading and a table, with the People section absent: the GitLab Admin is unknown', async () => {
    const meridian = sample(h.sandbox, 'decoy-note');
    const decoy = meridian.note?.table?.rows[0]?.[0];
    expect(meridian.note?.heading).toBe('Contacts');
    const page = await h.context.newPage();
    await page.goto(`https://nopeople.gainsightcloud.com/v1/ui/customersuccess360?cid=${meridian.gainsightId}`);
    await page.getByRole('heading', { name: 'Contacts', exact: true }).waitFor(WAIT);
    const panel = await panelFor(h, page);
    await panel.getByRole('heading', { name: meridian.account.name, exact: true }).waitFor(WAIT);
    // The whole page read, not a first partial reading.
    await expect.poll(() => panel.getByText('Still reading the page…').count(), WAIT).toBe(0);
    const admin = panel.getByRole('status').filter({ hasText: /^GitLab Admin:/ });
    expect(await admin.textContent()).toMatch(/^GitLab Admin: unknown/);
    expect(await panel.textContent()).not.toContain(decoy);
    await page.close();
  });
});
