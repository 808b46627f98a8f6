/**
 * What the look test measures in a page (issue 28): the theme a page is shown in, text cut off at its
 * width, and how many button styles it shows.
 */
import type { CDPSession, Page } from 'playwright-core';

export type Scheme = 'light' | 'dark';

/** The narrowest side panel Chrome allows. */
export const NARROWEST = { width: 360, height: 800 };

const sessions = new WeakMap<Page, CDPSession>();

/** Shows `page` at 360 px in `scheme`, as a browser whose theme is `scheme` does (prefers-color-scheme). */
export async function showAs(page: Page, scheme: Scheme): Promise<void> {
  await page.setViewportSize(NARROWEST);
  // The session stays attached: Chromium drops a session's emulation when it detaches.
  let session = sessions.get(page);
  if (!session) sessions.set(page, (session = await page.context().newCDPSession(page)));
  await session.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: scheme }] });
  // The pointer left over a button would show its hover colour: a fourth "style" no user sees at rest.
  await page.mouse.move(0, 0);
  const applied = await page.evaluate((s) => matchMedia(`(prefers-color-scheme: ${s})`).matches, scheme);
  if (!applied) throw new Error(`the page is not shown in ${scheme}`);
}

/**
 * Visible elements whose own text is wider than their box (`scrollWidth > clientWidth`) or runs past
 * the page's right edge, and whose title does not give the whole text, plus the page itself when it scrolls sideways. Text hidden for
 * screen readers only (1 px, clipped) is not seen, so it is not counted.
 */
export function cutOffText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) found.push(`the page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
      if (!ownText || !el.checkVisibility({ contentVisibilityAuto: false })) continue;
      const box = el.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) continue;
      // Wider than its own box, or running past the page's right edge (a grid or flex row that widened).
      const past = box.right > root.clientWidth + 1;
      if (el.scrollWidth <= el.clientWidth + 1 && !past) continue;
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      const title = (el.closest('[title]')?.getAttribute('title') ?? '').replace(/\s+/g, ' ').trim();
      if (title && title.includes(text)) continue;
      found.push(`${el.tagName.toLowerCase()}.${el.className} "${text.slice(0, 60)}": ${past ? `ends at ${Math.round(box.right)} of ${root.clientWidth}` : `${el.scrollWidth} > ${el.clientWidth}`}`);
    }
    return found;
  });
}

/**
 * The distinct looks of the visible, enabled buttons (and links drawn as buttons): colours, border,
 * corner, type and padding as computed. Tabs and menu items are not buttons to the eye; a disabled
 * button is one of the kinds, dimmed.
 */
export function buttonStyles(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const styles: Record<string, string[]> = {};
    const buttons = document.querySelectorAll<HTMLElement>('button:not([role="tab"]):not([role="menuitem"]), a.pc-action, a.pc-btn, input[type="submit"], input[type="button"]');
    for (const el of buttons) {
      if ((el as HTMLButtonElement).disabled || !el.checkVisibility() || el.closest('.pc-visually-hidden')) continue;
      const s = getComputedStyle(el);
      const key = [s.backgroundColor, s.color, s.borderTopColor, s.borderTopWidth, s.borderTopLeftRadius, s.fontSize, s.fontWeight, s.paddingLeft, s.minHeight].join(' | ');
      (styles[key] ??= []).push((el.textContent ?? '').trim().slice(0, 30));
    }
    return styles;
  });
}
