/** Sends a fill command to a Gainsight tab, injecting the fillers first (they are not there until asked for). */
import { browser } from 'wxt/browser';
import type { FillOutcome, TabCommand } from '../../shared/messaging/fill-messages';

const FILLER = '/content-scripts/gainsight-filler.js';

/** The page a fill was meant for: the tab and the address the background read the record from. */
export interface FillTarget {
  tabId: number;
  url: string;
}

/** Same document address, but for the hash (C360 routes its sections there). */
const withoutHash = (url: string): string => url.split('#', 1)[0] ?? url;

/**
 * Fills only the page the record was read from: the tab is asked where it is right before the filler goes
 * in, so a tab that moved on meanwhile (another record, another site) is never filled with this one's data.
 */
export async function fillInTab(target: FillTarget, command: TabCommand): Promise<FillOutcome> {
  try {
    const tab = await browser.tabs.get(target.tabId);
    if (!tab.url || withoutHash(tab.url) !== withoutHash(target.url)) {
      return { kind: 'unavailable', moved: true, message: 'The tab has moved to another page since it was read: open the record again and try again.' };
    }
    await browser.scripting.executeScript({ target: { tabId: target.tabId, frameIds: [0] }, files: [FILLER] });
    const outcome = (await browser.tabs.sendMessage(target.tabId, command, { frameId: 0 })) as FillOutcome | undefined;
    return outcome ?? { kind: 'unavailable', message: 'The page did not answer: reload it and try again.' };
  } catch (error) {
    return { kind: 'unavailable', message: `The page could not be filled (${error instanceof Error ? error.message : String(error)}). Reload it and try again.` };
  }
}
