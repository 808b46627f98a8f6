/**
 * Gainsight tabs: the background injects the reader into C360 and Cockpit record pages and turns what
 * it reports into the tab's state. A Cockpit page plans with the company's last Customer360 reading.
 */
import { browser } from 'wxt/browser';
import { programForPlaybook, stepForTask } from '../../shared/planning/match-program';
import type { CtaInfo, PageSnapshot, ReaderSettings } from '../../shared/messaging/page-messages';
import type { CockpitContext } from '../../shared/messaging/tab-state';
import type { MessageSender } from '../../shared/messaging/protocol';
import { orgOfUrl, recordKeyOf, type GainsightPage } from '../../shared/urls/record-urls';
import { catalogInUse } from '../../extension/settings/custom-catalog';
import { loadSettings } from '../../extension/settings/stored-settings';
import { accountFromPage } from './account-input';
import { withLink } from './account-links';
import { recallCompany, rememberCompany, takeStart } from './company-snapshots';
import { fillInTab } from '../fill/fill-in-tab';
import { confirmSavedCta, dropStart } from './pending-start';
import { compareCtaSchedule } from './cta-schedule';
import { refreshLauncher } from '../panel/launcher';
import { lastLightningHost, lightningAccountUrl } from './lightning-host';
import { showLightningReading } from './salesforce-tab';
import { getTab, updateRecord, type TabRecord } from './tab-records';

export const GAINSIGHT_READER = '/gainsight-reader.js';
export const LIGHTNING_READER = '/lightning-reader.js';

export async function injectScript(tabId: number, file: typeof GAINSIGHT_READER | typeof LIGHTNING_READER): Promise<void> {
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [file] });
    const record = await getTab(tabId);
    if (record) record.scriptsInPage = true;
  } catch (error) {
    const record = await getTab(tabId);
    if (record) updateRecord(tabId, record.key, { view: { status: 'error', title: 'The page could not be read', message: `The browser did not let the extension read this page (${String(error)}).` } });
  }
}

/** What a reader in `tabId` needs; the previous company's name only within the same document. */
export async function readerSettingsFor(tabId: number | undefined, document: number): Promise<ReaderSettings> {
  const settings = await loadSettings();
  const record = tabId === undefined ? undefined : await getTab(tabId);
  const last = record?.lastCompany;
  const page = record?.page;
  const sameDocument = last && last.document === document;
  const otherCompany = page?.site === 'gainsight' && page.kind !== 'cockpit' && last?.id !== page.id;
  return { labels: settings.gainsight.labels, dateOrder: settings.gainsight.dateOrder, previousName: sameDocument && otherCompany ? last.name : null };
}

/**
 * The record a snapshot is about must be the tab's current one (as the browser reports the tab's URL,
 * not as the page says), read in its top frame: a late reading of the previous record is dropped.
 */
export async function currentRecord(snapshotUrl: unknown, sender: Pick<MessageSender, 'tabId' | 'frameId' | 'tabUrl'>): Promise<TabRecord | null> {
  if (sender.tabId === undefined || (sender.frameId ?? 0) !== 0 || typeof snapshotUrl !== 'string' || !sender.tabUrl) return null;
  const record = await getTab(sender.tabId);
  if (!record?.page) return null;
  const key = recordKeyOf(snapshotUrl);
  return key !== null && key === record.key && recordKeyOf(sender.tabUrl) === key ? record : null;
}

export async function acceptSnapshot(snapshot: PageSnapshot, sender: MessageSender): Promise<boolean> {
  const record = await currentRecord(snapshot?.url, sender);
  const page = record?.page;
  if (!record || !page) return false;
  if (snapshot.kind === 'lightning' && page.site === 'salesforce' && record.source === 'page') {
    const account = snapshot.account === null ? null : accountFromPage(snapshot.account, { source: 'salesforce', org: orgOfUrl(record.url), id: page.id });
    await showLightningReading(record, account, snapshot.complete === true);
    return true;
  }
  if (page.site !== 'gainsight') return false;
  if (snapshot.kind === 'c360' && page.kind !== 'cockpit') return showCompany(record, page, snapshot);
  if (snapshot.kind === 'cockpit' && page.kind === 'cockpit') return showCockpit(record, page, snapshot.cta, snapshot.dialog?.taskName);
  return false;
}

async function showCompany(record: TabRecord, page: Extract<GainsightPage, { id: string }>, snapshot: Extract<PageSnapshot, { kind: 'c360' }>): Promise<boolean> {
  const complete = snapshot.complete === true;
  if (snapshot.account === null) {
    if (complete) {
      updateRecord(record.tabId, record.key, {
        view: { status: 'error', title: 'No company found', message: 'This Customer360 page shows no company the panel can read. If it is still loading, reopen the panel in a moment.' },
      });
      // No company, no CTA for it: a Start waiting in this tab is dropped, with nothing recorded.
      await dropStart(record.tabId);
    }
    return true;
  }
  const read = accountFromPage(snapshot.account, { source: 'gainsight', org: orgOfUrl(record.url), id: page.id });
  if (!read) return false;
  // Linked only once the reading is complete: the SFDC Account ID may be in a section still loading.
  const account = complete ? await withLink(read) : read;
  const salesforceUrl = lightningAccountUrl(await lastLightningHost(), account.salesforceAccountId);
  const updated = updateRecord(record.tabId, record.key, {
    lastCompany: { id: page.id, name: account.name, document: snapshot.document },
    view: {
      status: 'ready', account, reading: !complete, adminFix: { kind: 'in-gainsight', ...(salesforceUrl ? { salesforceUrl } : {}) },
      canStart: page.kind === 'company',
    },
  });
  if (updated && complete) {
    await rememberCompany(account);
    await refreshLauncher(updated);
  }
  return true;
}

/** Company ids as Gainsight URLs carry them; a page's link text is checked before it is used. */
const SAFE_ID = /^[A-Za-z0-9_-]{1,64}$/;

function companyUrl(origin: string, id: string): string {
  return `${origin}/v1/ui/customersuccess360?cid=${encodeURIComponent(id)}`;
}

async function cockpitContext(cta: CtaInfo | null, taskName: string | null | undefined): Promise<CockpitContext | undefined> {
  if (!cta) return undefined;
  const { catalog } = await catalogInUse(await loadSettings());
  const program = cta.playbook ? programForPlaybook(catalog, cta.playbook) : null;
  const dialog = taskName === undefined ? null : { programId: program?.id ?? null, stepIndex: program && taskName ? stepForTask(program, taskName) : null, taskName };
  return { playbook: cta.playbook, programId: program?.id ?? null, dialog };
}

async function showCockpit(record: TabRecord, page: Extract<GainsightPage, { kind: 'cockpit' }>, cta: CtaInfo | null, taskName: string | null | undefined): Promise<boolean> {
  const companyId = page.companyId ?? (typeof cta?.companyId === 'string' && SAFE_ID.test(cta.companyId) ? cta.companyId : null);
  if (!companyId) {
    updateRecord(record.tabId, record.key, { view: { status: 'error', title: 'No company found', message: 'This Cockpit page names no company the panel can read.' } });
    return true;
  }
  const org = orgOfUrl(record.url);
  const account = await recallCompany(org, companyId);
  if (!account) {
    const name = typeof cta?.companyName === 'string' ? cta.companyName.slice(0, 300) : 'the company';
    updateRecord(record.tabId, record.key, {
      view: {
        status: 'error', title: 'Open the company first',
        message: `Cockpit does not show contacts, so the panel reads them on Customer360. Open ${name} there once, then come back to this CTA.`,
        action: { label: `Open ${name} in Customer360`, href: companyUrl(new URL(record.url).origin, companyId) },
      },
    });
    return true;
  }
  if (cta) updateRecord(record.tabId, record.key, { lastCta: cta });
  // The line on the CTA's dates stays until the comparison below says otherwise: no flicker on each reading.
  const taskDates = record.view.status === 'ready' ? record.view.cockpit?.taskDates : undefined;
  const context = await cockpitContext(cta, taskName);
  const cockpit = context && taskDates ? { ...context, taskDates } : context;
  const notice = cta && cockpit && !cockpit.programId ? `This CTA's playbook (${cta.playbook ?? 'none'}) is none of the catalog's programs: there is nothing to prefill.` : undefined;
  const previous = record.view.status === 'ready' ? record.view.notice : undefined;
  const updated = updateRecord(record.tabId, record.key, {
    view: {
      status: 'ready', account, reading: false, adminFix: { kind: 'in-gainsight' }, canStart: !page.ctaId,
      ...(cockpit ? { cockpit } : {}), ...((notice ?? previous) ? { notice: notice ?? previous } : {}),
    },
  });
  if (!updated) return true;
  await refreshLauncher(updated);
  // Cockpit's create page, reached from "Start playbook" on a C360 page without a "+ CTA" button.
  if (!page.ctaId) await resumeStart(updated, org, companyId);
  else {
    await confirmSavedCta(record.tabId);
    await compareCtaSchedule(record.tabId);
  }
  return true;
}

async function resumeStart(record: TabRecord, org: string, companyId: string): Promise<void> {
  const start = await takeStart(record.tabId, org, companyId);
  if (!start) return;
  const outcome = await fillInTab(record, { type: 'fill.createCta', form: start.form });
  const notice =
    outcome.kind === 'filled'
      ? `Create CTA form filled for ${start.programName}: review it and click Save.${outcome.report.problems.length ? ` ${outcome.report.problems.join(' ')}` : ''}`
      : `The Create CTA form did not open: create the CTA for ${start.programName} by hand, then start it again here.`;
  if (outcome.kind !== 'filled') await dropStart(record.tabId);
  const current = await getTab(record.tabId);
  if (current?.view.status === 'ready') updateRecord(record.tabId, record.key, { view: { ...current.view, notice } });
}
