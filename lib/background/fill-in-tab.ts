/** Sends a fill command to a Gainsight tab, injecting the fillers first (they are not there until asked for). */
import { browser } from 'wxt/browser';
import type { FillOutcome, TabCommand } from '../messaging/fill-messages';

const FILLER = '/content-scripts/gainsight-filler.js';

export async function fillInTab(tabId: number, command: TabCommand): Promise<FillOutcome> {
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [FILLER] });
    const outcome = (await browser.tabs.sendMessage(tabId, command, { frameId: 0 })) as FillOutcome | undefined;
    return outcome ?? { kind: 'unavailable', message: 'The page did not answer: reload it and try again.' };
  } catch (error) {
    return { kind: 'unavailable', message: `The page could not be filled (${error instanceof Error ? error.message : String(error)}). Reload it and try again.` };
  }
}
