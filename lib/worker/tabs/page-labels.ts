/**
 * Options → Gainsight asks for the labels the open Customer360 page shows: the worker finds that tab
 * (the one the user looked at last), reads its labels with a one-off script and checks what comes back.
 */
import { browser } from 'wxt/browser';
import { visibleLabels } from '../../host/injected/visible-labels';
import type { PageLabelsResult } from '../../shared/messaging/page-messages';
import { knownTabs, type TabRecord } from './tab-records';

/** A label is short text: longer strings are a page's prose, not a field's name. */
const MAX_LABEL = 80;
const MAX_LABELS = 400;

/** The page's answer, untrusted: strings only, trimmed, short, each once, sorted as a user looks them up. */
export function pageLabelsFrom(answer: unknown): string[] {
  if (!Array.isArray(answer)) return [];
  const labels = new Set<string>();
  for (const item of answer) {
    if (typeof item !== 'string') continue;
    const text = item.replace(/\s+/g, ' ').trim();
    if (text && text.length <= MAX_LABEL) labels.add(text);
  }
  return [...labels].sort((a, b) => a.localeCompare(b)).slice(0, MAX_LABELS);
}

async function lastSeenCompanyTab(): Promise<TabRecord | null> {
  const companies = (await knownTabs()).filter((r) => r.page?.site === 'gainsight' && r.page.kind !== 'cockpit');
  if (!companies.length) return null;
  const seen = await Promise.all(companies.map(async (r) => ({ r, at: (await browser.tabs.get(r.tabId).catch(() => null))?.lastAccessed ?? -1 })));
  const open = seen.filter((s) => s.at >= 0).sort((a, b) => b.at - a.at);
  return open[0]?.r ?? null;
}

export async function readPageLabels(): Promise<PageLabelsResult> {
  const record = await lastSeenCompanyTab();
  if (!record) return { ok: false, message: 'Open a company’s Customer360 page in this browser first, then ask again.' };
  try {
    const [result] = await browser.scripting.executeScript({ target: { tabId: record.tabId, frameIds: [0] }, func: visibleLabels });
    const labels = pageLabelsFrom(result?.result);
    if (!labels.length) return { ok: false, message: 'The Customer360 page shows no labels yet: wait until it has loaded, then ask again.' };
    return { ok: true, url: record.url, labels };
  } catch (error) {
    return { ok: false, message: `The Customer360 page could not be read (${error instanceof Error ? error.message : String(error)}).` };
  }
}
