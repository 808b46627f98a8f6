/**
 * The background service worker: follows what each tab shows, reads Salesforce through REST, takes
 * what page readers report, feeds the side panels and owns every write. Listeners are added in the
 * worker's first turn (MV3 wakes a worker only for those).
 */
import { handleMessages } from './messaging/listen';
import { reminderHandlers } from './reminders/handlers';
import { startReminders } from './reminders/start';
import { optionsHandlers, startCustomDomains } from './settings/sync';
import { acceptSnapshot, readerSettingsFor } from './tabs/gainsight-tab';
import { ensureTab, readOrgAgain, startNavigation } from './tabs/navigation';
import { panelActionHandlers, recordDetectedSend } from './panel/panel-actions';
import { ctaFormClosed } from './tabs/pending-start';
import { salesforceHandlers } from './salesforce/handlers';
import { readPageLabels } from './tabs/page-labels';
import { OPEN_PANEL_COMMAND } from './panel/commands';
import { openPanel, openPanelFor } from '../extension/panel/open-panel';
import { browser } from 'wxt/browser';
import { startPanelPorts } from './panel/panel-ports';
import { bookHandlers } from './book/handlers';
import { startBookPorts } from './book/ports';
import { startHostAccess } from './tabs/host-access';
import { watchSidChanges } from '../extension/salesforce/sid-change';
import { sessionChanged } from './book/refresh';
import { dropOldBooks } from './book/retention';

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
    'gainsight.pageLabels': () => readPageLabels(),
    async 'page.ctaForm'(closed, sender) {
      return { ok: await ctaFormClosed(closed, sender) };
    },
    async 'page.readerSettings'({ document }, sender) {
      return readerSettingsFor(sender.tabId, Number(document));
    },
  });
}
