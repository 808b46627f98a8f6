/** Customer360: reads the company as it renders and reports each changed reading to the background. */
import type { Settings } from '../../shared/settings/schema';
import { watchPage } from '../dom/observe';
import { readC360 } from '../gainsight/read-c360';
import type { GainsightPage } from '../../shared/urls/record-urls';
import { report, type Reading } from './reading';

type CompanyPage = Extract<GainsightPage, { id: string }>;

export async function readCompanyPage({ page, signal, settings, dateOrder }: Reading<CompanyPage>): Promise<void> {
  const labels = settings.labels as Settings['gainsight']['labels'];
  const read = () => readC360(document, { id: page.id, url: location.href, labels, dateOrder: dateOrder(), previousName: settings.previousName ?? null });
  const final = await watchPage({
    signal,
    read,
    isComplete: (reading) => reading.complete,
    onChange: (reading) => report(signal, { kind: 'c360', account: reading.account, complete: reading.complete }),
  });
  // The time limit ends the watch with what the page showed: the panel names what is still missing.
  report(signal, { kind: 'c360', account: final.account, complete: true });
  if (!final.account?.contactsIncomplete) return;
  // A partial contact list (a virtualized grid): the user may scroll it or open the section; the panel
  // follows for a while, so a row scrolled into view can still prove the admin.
  await watchPage({
    signal,
    read,
    isComplete: (reading) => !reading.account?.contactsIncomplete,
    onChange: (reading) => reading.account && report(signal, { kind: 'c360', account: reading.account, complete: true }),
    timeoutMs: FOLLOW_PARTIAL_CONTACTS_MS,
    settleMs: 0,
  });
}

/** How long a partial contact list is followed after the page has rendered. */
const FOLLOW_PARTIAL_CONTACTS_MS = 2 * 60_000;
