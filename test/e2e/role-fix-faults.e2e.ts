/**
 * The role fix with the service worker stopped in the middle (issue 14): whenever the stop lands —
 * before the re-read, during the PATCH, after it — Salesforce holds the contact's roles wholly before or
 * wholly after, and the panel never claims a change Salesforce does not have.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceWorkerControl } from '../../lib/extension/reminders/browser.test-support';
import { control, launch, LIGHTNING, panelFor, sample, signInToSalesforce, type Harness } from './harness';

let h: Harness;

beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

/** Spread over the re-read and the PATCH, which the sandbox's latency makes last a few hundred milliseconds. */
const DELAYS = [0, 40, 90, 150, 220, 300, 450];

describe('the role fix with the service worker stopped in the middle', () => {
  it('leaves the contact wholly before or wholly after, and the panel says only what Salesforce holds', async () => {
    const outcomes: string[] = [];
    for (const delay of DELAYS) {
      h.sandbox.reset();
      control(h.sandbox, { salesforceLatencyMs: 80 });
      const page = await h.context.newPage();
      await signInToSalesforce(page);
      const meridian = sample(h.sandbox, 'no-gitlab-admin');
      const omar = meridian.account.contacts!.find((c) => c.name === 'Omar Farouk')!;
      await page.goto(LIGHTNING('Account', meridian.salesforceId));
      const panel = await panelFor(h, page);
      await panel.getByRole('button', { name: 'Make Omar Farouk GitLab Admin' }).click();
      const workers = await serviceWorkerControl(panel.page());
      await panel.getByRole('button', { name: 'Confirm' }).click();
      await new Promise((resolve) => setTimeout(resolve, delay));
      await workers.stop();
      await workers.close();

      const done = panel.getByText('Omar Farouk is now GitLab Admin.');
      const failed = panel.getByRole('alert');
      await expect.poll(async () => (await done.count()) + (await failed.count()), { timeout: 60_000 }).toBeGreaterThan(0);
      const roles = sample(h.sandbox, 'no-gitlab-admin').account.contacts!.find((c) => c.id === omar.id)!.roles;
      const state = JSON.stringify(roles) === JSON.stringify(['Technical Contact']) ? 'before' : JSON.stringify(roles) === JSON.stringify(['Technical Contact', 'GitLab Admin']) ? 'after' : `half: ${roles.join(';')}`;
      expect.soft(state, `stopped at ${delay} ms`).toMatch(/^(before|after)$/);
      if (await done.count()) expect.soft(state, `stopped at ${delay} ms: the panel said done`).toBe('after');
      else expect.soft(await failed.textContent()).toMatch(/Reload the page to see whether it was saved|Nothing was changed/);
      expect.soft(h.sandbox.state.patches.length).toBeLessThanOrEqual(1);
      outcomes.push(`${delay}ms:${(await done.count()) ? 'done' : 'failed'}/${state}`);
      await page.close();
    }
    console.info('[faults] role fix, worker stopped at', outcomes.join(', '));
  }, 240_000);
});
