import { browser } from 'wxt/browser';

/**
 * The user's own Salesforce session: the `sid` cookie of `<org>.my.salesforce.com`. Its value
 * starts with the org id (before `!`), so it always belongs to the org of the host it came from.
 */
export async function sessionIdFor(apiHost: string): Promise<string | null> {
  const cookie = await browser.cookies.get({ url: `https://${apiHost}/`, name: 'sid' });
  return cookie?.value || null;
}
