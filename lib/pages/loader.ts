import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendMessage, type AppName } from '../messaging/protocol';

/**
 * The only code that runs on every Gainsight and Salesforce page. It watches the URL and, the first
 * time it sees a record page, asks the background to inject the page app; from then on the app
 * follows navigation itself. Pages that are never record pages pay for this file and nothing else.
 */
export function runLoader(ctx: ContentScriptContext, app: AppName, isRecordPage: (href: string) => boolean): void {
  let requested = false;
  const check = (href: string) => {
    if (requested || !isRecordPage(href)) return;
    requested = true;
    sendMessage('page.injectApp', { app }).catch(() => {
      // The worker may be restarting; the next navigation tries again.
      requested = false;
    });
  };
  check(location.href);
  ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => check(newUrl.href));
}
