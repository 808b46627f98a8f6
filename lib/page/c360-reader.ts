/** Customer360: reads the company as it renders and reports each changed reading to the background. */
import type { Settings } from '../settings/schema';
import { watchPage } from '../adapters/dom/observe';
import { readC360 } from '../adapters/gainsight/read-c360';
import type { GainsightPage } from '../pages/record-urls';
import { report, type Reading } from './reading';

type CompanyPage = Extract<GainsightPage, { id: string }>;

export async function readCompanyPage({ page, signal, settings, dateOrder }: Reading<CompanyPage>): Promise<void> {
  const labels = settings.labels as Settings['gainsight']['labels'];
  const read = () => readC360(document, { id: page.id, url: location.href, labels, dateOrder, previousName: settings.previousName ?? null });
  const final = await watchPage({
    signal,
    read,
    isComplete: (reading) => reading.complete,
    onChange: (reading) => report(signal, { kind: 'c360', account: reading.account, complete: reading.complete }),
  });
  // The time limit ends the watch with what the page showed: the panel names what is still missing.
  report(signal, { kind: 'c360', account: final.account, complete: true });
}
