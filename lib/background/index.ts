/**
 * The background service worker: follows what each tab shows, reads Salesforce through REST, takes
 * what page readers report, feeds the side panels and owns every write. Listeners are added in the
 * worker's first turn (MV3 wakes a worker only for those).
 */
import { handleMessages } from '../messaging/protocol';
import { reminderHandlers } from '../reminders/background/handlers';
import { startReminders } from '../reminders/background/start';
import { optionsHandlers, startCustomDomains } from '../settings/background';
import { acceptSnapshot, readerSettingsFor } from './gainsight-tab';
import { ensureTab, readOrgAgain, startNavigation } from './navigation';
import { panelActionHandlers, recordDetectedSend } from './panel-actions';
import { ctaFormClosed } from './pending-start';
import { salesforceHandlers } from '../salesforce/handlers';
import { OPEN_PANEL_COMMAND } from '../panel/commands';
import { openPanel, openPanelFor } from '../panel/open-panel';
import { browser } from 'wxt/browser';
import { startPanelPorts } from './panel-ports';
import { bookHandlers } from '../book/background/handlers';
import { startBookPorts } from '../book/background/ports';
import { startHostAccess } from './host-access';
import { watchSidChanges } from '../salesforce/sid-change';
import { sessionChanged } from '../book/background/refresh';
import { dropOldBooks } from '../book/background/retention';

export function startBackground(): void {
  startReminders();
  startCustomDomains();
  startNavigation();
  startPanelPorts(ensureTab);
  startBookPorts();
  void dropOldBooks().catch(() => undefined);
  startHostAccess();
  watchSidChanges((org) => {
    void readOrgAgain(org).catch(() => undefined);
    sessionChanged(org);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === OPEN_PANEL_COMMAND) void openPanel({ windowId: tab?.windowId, tabId: tab?.id });
  });
  handleMessages({
    ...reminderHandlers,
    ...optionsHandlers,
    ...panelActionHandlers,
    ...salesforceHandlers,
    ...bookHandlers,
    async 'panel.open'(_payload, sender) {
      return { opened: await openPanelFor(sender) };
    },
    async 'page.snapshot'(snapshot, sender) {
      return { ok: await acceptSnapshot(snapshot, sender) };
    },
    async 'page.detectedSend'(send, sender) {
      return { ok: await recordDetectedSend(send, sender) };
    },
    async 'page.ctaForm'(closed, sender) {
      return { ok: await ctaFormClosed(closed, sender) };
    },
    async 'page.readerSettings'({ document }, sender) {
      return readerSettingsFor(sender.tabId, Number(document));
    },
  });
}
