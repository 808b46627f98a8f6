/**
 * Finding things as a screen reader user does, through Firefox's own accessibility tree: puppeteer's
 * `::-p-aria` selector becomes WebDriver BiDi's `accessibility` locator, so role and name are what
 * Firefox computes, not what the test guesses from the markup.
 */
import type { ElementHandle, Page } from 'puppeteer-core';

export type Scope = Page | ElementHandle<Element>;

/** A selector for `role` with exactly `name` (puppeteer's aria selector cannot escape a double quote). */
export function aria(role: string, name?: string): string {
  if (name?.includes('"')) throw new Error(`An accessible name with a double quote cannot be queried: ${name}`);
  return `::-p-aria(${name === undefined ? '' : `[name="${name}"]`}[role="${role}"])`;
}

/** Waits for the one element with this role and name inside `scope`. */
export async function byRole(scope: Scope, role: string, name?: string, timeout = 15_000): Promise<ElementHandle<Element>> {
  const found = await scope.waitForSelector(aria(role, name), { timeout });
  if (!found) throw new Error(`No ${role} named "${name ?? ''}"`);
  return found as ElementHandle<Element>;
}

export async function countRole(scope: Scope, role: string, name?: string): Promise<number> {
  return (await scope.$$(aria(role, name))).length;
}

/** The visible text of an element, as a user reads it. */
export function textOf(element: ElementHandle<Element>): Promise<string> {
  return element.evaluate((node) => (node as HTMLElement).innerText);
}
