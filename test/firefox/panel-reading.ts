/**
 * The side panel as the Firefox tests read it: its landmark, the account it names, and the programs it
 * lists under each heading, found through Firefox's accessibility tree (roles and names).
 */
import type { ElementHandle, Page } from 'puppeteer-core';
import { expect } from 'vitest';
import type { Account } from '../../lib/shared/accounts/account';
import type { PlanEntry } from '../../lib/shared/programs/plan';
import { expectedPlan, namesIn } from '../e2e/expected-plans';
import type { FirefoxHarness } from './harness';
import { aria, byRole, countRole, textOf } from './roles';

export const PANEL_NAME = 'Playbook companion';

export const LISTS = [
  ['Due now', 'due'],
  ['Upcoming', 'upcoming'],
  ['Needs data', 'unknown'],
  ['Held back', 'held-back'],
] as const satisfies readonly (readonly [string, PlanEntry['state']])[];

export function landmarkOf(panel: Page): Promise<ElementHandle<Element>> {
  return byRole(panel, 'main', PANEL_NAME);
}

/** Waits until the panel names this account and has finished reading its page. */
export async function planShownFor(panel: Page, name: string): Promise<ElementHandle<Element>> {
  const landmark = await landmarkOf(panel);
  await byRole(landmark, 'heading', name, 25_000);
  const reading = () => landmark.evaluate((main) => (main as HTMLElement).innerText.includes('Still reading the page…'));
  await expect.poll(reading, { timeout: 60_000 }).toBe(false);
  return landmark;
}

/**
 * The accessible names of the programs one list holds (each begins with the program's name), read as a
 * screen reader announces them. Only the list's own items: an item may hold a nested list of reasons.
 */
export async function programItemNames(landmark: ElementHandle<Element>, list: string): Promise<string[]> {
  if ((await countRole(landmark, 'list', list)) === 0) return [];
  const names: string[] = [];
  for (const ul of await landmark.$$(aria('list', list))) {
    names.push(
      ...(await ul.evaluate((node) =>
        [...node.children].map((item) =>
          (item.getAttribute('aria-labelledby') ?? '')
            .split(' ')
            .map((id) => document.getElementById(id)?.textContent ?? '')
            .join(' '),
        ),
      )),
    );
  }
  return names;
}

/**
 * The panel lists exactly the programs the engine plans for `account`, under each heading. Polled: the
 * panel plans again as the page's last values arrive, and what counts is where it settles.
 */
export async function expectPlanLists(landmark: ElementHandle<Element>, account: Account, today: string): Promise<void> {
  const plan = expectedPlan(account, today);
  const all = plan.entries.map((e) => e.program.name);
  const listed = async (list: string) => (await programItemNames(landmark, list)).map((n) => all.find((c) => n.startsWith(c)) ?? `? ${n}`);
  for (const [list, state] of LISTS) {
    await expect.poll(() => listed(list), { message: `${account.name}: ${list}`, timeout: 60_000 }).toEqual(namesIn(plan, state));
  }
}

/** The admin verdict: the status whose text begins "GitLab Admin:". */
export async function adminVerdict(landmark: ElementHandle<Element>): Promise<string> {
  let verdict = '';
  await expect
    .poll(async () => {
      const texts = await Promise.all((await landmark.$$(aria('status'))).map(textOf));
      verdict = texts.find((t) => t.startsWith('GitLab Admin:')) ?? '';
      return verdict;
    }, { timeout: 60_000 })
    .not.toBe('');
  return verdict;
}

/** Opens the panel bound to `page`'s tab and waits for the account's plan. */
export async function panelShowing(h: FirefoxHarness, page: Page, name: string): Promise<{ panel: Page; landmark: ElementHandle<Element> }> {
  const panel = await h.openPanelFor(page);
  return { panel, landmark: await planShownFor(panel, name) };
}
