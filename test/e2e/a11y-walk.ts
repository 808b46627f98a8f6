/**
 * The keyboard-only walk the accessibility tests share (popup, options page, side panel): where focus
 * is, whether a user can see it, and a Tab / Shift+Tab round over every control of a page.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Where focus is: which element (by document order), what it is called, and whether a user can see it. */
export interface Stop {
  index: number;
  name: string;
  /** An outline or a box shadow is drawn while it has focus. */
  indicated: boolean;
  /** Some of it is on screen and not under another element (WCAG 2.4.11). */
  seen: boolean;
}

/** The focused element as a Stop, or null when focus is on the page itself. */
export function focused(page: Page): Promise<Stop | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || el === document.documentElement) return null;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    const r = el.getBoundingClientRect();
    const labels = 'labels' in el ? [...((el as HTMLInputElement).labels ?? [])] : [];
    const points = [[0.5, 0.5], [0.1, 0.1], [0.9, 0.1], [0.1, 0.9], [0.9, 0.9]].map(([x, y]) => [r.left + r.width * x!, r.top + r.height * y!] as const);
    const seen = points.some(([x, y]) => {
      const hit = document.elementFromPoint(x, y);
      return !!hit && (el.contains(hit) || labels.some((label) => label.contains(hit)));
    });
    const name = el.getAttribute('aria-label') ?? labels[0]?.textContent ?? el.textContent ?? '';
    return { index: [...document.querySelectorAll('*')].indexOf(el), name: `${el.tagName.toLowerCase()} "${name.trim().slice(0, 80)}"`, indicated: outline || shadow, seen };
  });
}

/** Every control the page offers to the keyboard, in document order: what Tab must reach. */
export function tabbable(page: Page): Promise<Stop[]> {
  return page.evaluate(() => {
    const all = [...document.querySelectorAll('*')];
    const radioGroups = new Set<string>();
    return [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]')]
      .filter((el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && el.checkVisibility() && (el as HTMLInputElement).type !== 'hidden')
      .filter((el) => {
        // One stop per radio group.
        const radio = el as HTMLInputElement;
        if (radio.type !== 'radio' || !radio.name) return true;
        if (radioGroups.has(radio.name)) return false;
        radioGroups.add(radio.name);
        return true;
      })
      .map((el) => ({ index: all.indexOf(el), name: el.tagName.toLowerCase(), indicated: true, seen: true }));
  });
}

/**
 * Presses `key` from the top of the page (or its end) until focus leaves the page or comes round to the
 * first stop again (Chromium does either), and returns the stops. Coming back to any other stop is a trap.
 */
export async function walk(page: Page, key: 'Tab' | 'Shift+Tab', limit: number): Promise<Stop[]> {
  // Tab goes on from the last element clicked or focused, even once it lost focus: a marker focused at
  // the top (or the end) of the page makes the walk start there, and is gone before the first stop.
  await page.evaluate((fromEnd) => {
    const marker = document.createElement('span');
    marker.tabIndex = -1;
    marker.id = 'a11y-walk-start';
    if (fromEnd) document.body.append(marker);
    else document.body.prepend(marker);
    marker.focus();
  }, key === 'Shift+Tab');
  const stops: Stop[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(key);
    if (i === 0) await page.evaluate(() => document.getElementById('a11y-walk-start')?.remove());
    const stop = await focused(page);
    if (!stop) {
      if (stops.length > 0) return stops;
      continue;
    }
    const last = stops.at(-1);
    // A date field takes several Tabs (day, month, year) without focus leaving it.
    if (last?.index === stop.index) continue;
    if (stops[0]?.index === stop.index) return stops;
    if (stops.some((s) => s.index === stop.index)) throw new Error(`Focus is trapped: back at ${stop.name} after ${stops.map((s) => s.name).join(' → ')}`);
    stops.push(stop);
  }
  throw new Error(`Focus did not leave the page after ${limit} presses of ${key}`);
}

/** Tab and Shift+Tab over the whole page: every control, one order both ways, focus always shown. */
export async function expectFullKeyboardWalk(page: Page): Promise<void> {
  const expected = await tabbable(page);
  const forward = await walk(page, 'Tab', expected.length * 4 + 10);
  expect(forward.map((s) => s.index).sort((a, b) => a - b)).toEqual(expected.map((s) => s.index));
  expect(forward.filter((s) => !s.indicated).map((s) => s.name), 'focus without a visible indicator').toEqual([]);
  expect(forward.filter((s) => !s.seen).map((s) => s.name), 'focus hidden from view').toEqual([]);
  const backward = await walk(page, 'Shift+Tab', expected.length * 4 + 10);
  expect(backward.map((s) => s.index)).toEqual(forward.map((s) => s.index).reverse());
}

export async function focusedName(page: Page): Promise<string> {
  return (await focused(page))?.name ?? 'the page itself';
}
