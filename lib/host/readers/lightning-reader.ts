/**
 * Injected into a Lightning record page only when the org refuses the REST API: what the live view
 * shows, by field label, reported to the background. No React, no engine, no catalog.
 */
import { watchPage } from '../dom/observe';
import { readLightningAccount } from '../lightning/read-lightning';
import type { SalesforcePage } from '../../shared/urls/record-urls';
import { report, type Reading } from './reading';

export async function readLightningPage({ page, signal, dateOrder }: Reading<SalesforcePage>): Promise<void> {
  const final = await watchPage({
    signal,
    read: () => readLightningAccount(document, { id: page.id, url: location.href, dateOrder: dateOrder() }),
    isComplete: (account) => !!account?.contacts,
    onChange: (account) => report(signal, { kind: 'lightning', account, complete: false }),
    timeoutMs: 5_000,
  });
  report(signal, { kind: 'lightning', account: final, complete: true });
}
