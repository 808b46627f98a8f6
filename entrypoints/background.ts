import { browser } from 'wxt/browser';
import { handleMessages } from '@/lib/messaging/protocol';
import { salesforceHandlers } from '@/lib/salesforce/handlers';
import { forwardToggleCommand } from '@/lib/pages/sidebar-toggle';
import { reminderHandlers } from '@/lib/reminders/background/handlers';
import { startReminders } from '@/lib/reminders/background/start';
import { handoffHandlers } from '@/lib/adapters/gainsight/cockpit/handoff';
import { optionsHandlers, startCustomDomains } from '@/lib/settings/background';

/** The page apps are injected only on record pages so every other page pays for the loader alone. */
const APP_FILES = {
  gainsight: '/content-scripts/gainsight-app.js',
  salesforce: '/content-scripts/salesforce-app.js',
} as const;

export default defineBackground(() => {
  startReminders();
  startCustomDomains();
  forwardToggleCommand();
  handleMessages({
    ...reminderHandlers,
    ...salesforceHandlers,
    ...handoffHandlers,
    ...optionsHandlers,
    async 'page.injectApp'({ app }, sender) {
      if (sender.tabId === undefined) return { injected: false };
      await browser.scripting.executeScript({
        target: { tabId: sender.tabId, frameIds: [sender.frameId ?? 0] },
        files: [APP_FILES[app]],
      });
      return { injected: true };
    },
  });
});
