/**
 * Sandbox pages as the Firefox tests open them: record addresses on the real host names, sample accounts
 * by scenario, and the Salesforce sign-in that sets the `sid` cookie (for the panel's Lightning cases).
 */
import type { Page } from 'puppeteer-core';
import type { ScenarioTag } from '../sandbox/data/types';
import { SANDBOX_HOSTS, type Sandbox } from '../sandbox/server';
import { byRole } from './roles';

export const C360 = (gainsightId: string, host: string = SANDBOX_HOSTS.gainsight) =>
  `https://${host}/v1/ui/customersuccess360?cid=${gainsightId}`;

export const LIGHTNING = (object: 'Account' | 'Contact' | 'Opportunity', id: string) =>
  `https://${SANDBOX_HOSTS.lightning}/lightning/r/${object}/${id}/view`;

export function sample(sandbox: Sandbox, tag: ScenarioTag) {
  const found = sandbox.state.accounts.find((a) => a.tags.includes(tag));
  if (!found) throw new Error(`No sandbox account tagged ${tag}`);
  return found;
}

/** Signs in on the sandbox's my.salesforce.com login page, which sets `sid` and redirects to Lightning. */
export async function signInToSalesforce(page: Page, username = 'csm@gitlab.example'): Promise<void> {
  await page.goto(`https://${SANDBOX_HOSTS.salesforceApi}/`);
  // With a live session the login page sends the browser straight on, as Salesforce does.
  if (page.url().includes('lightning.force.com')) return;
  await (await byRole(page, 'textbox', 'Username')).type(username);
  // Firefox gives a password field no ARIA role of its own (not "textbox"): found by its label alone.
  await (await page.waitForSelector('::-p-aria(Password)'))!.type('sandbox');
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), (await byRole(page, 'button', 'Log In')).click()]);
  if (!page.url().includes('lightning.force.com')) throw new Error(`Signing in ended on ${page.url()}`);
}
