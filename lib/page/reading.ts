/**
 * The life of one host-page reader: it reads the page it was injected into and stops when the page
 * moves on to another record (the background injects a fresh reader there) or the extension is
 * reloaded. One AbortSignal ends every watch it started.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { pageDateOrder } from '../accounts/field-values';
import type { DateOrder } from '../dates';
import type { DocumentId, PageSnapshot, ReaderSettings } from '../messaging/page-messages';
import { sendMessage } from '../messaging/protocol';
import { pageKey, type RecordPage } from '../pages/record-urls';

export interface Reading<P extends RecordPage> {
  page: P;
  signal: AbortSignal;
  settings: ReaderSettings;
  dateOrder: DateOrder;
}

export function startReading<P extends RecordPage>(
  ctx: ContentScriptContext,
  recognise: (href: string) => P | null,
  read: (reading: Reading<P>) => Promise<void>,
): void {
  const page = recognise(location.href);
  if (!page) return;
  const key = pageKey(page);
  const controller = new AbortController();
  ctx.onInvalidated(() => controller.abort());
  ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => {
    if (pageKey(recognise(newUrl.href)) !== key) controller.abort();
  });
  void sendMessage('page.readerSettings', { document: documentId() })
    .then((settings) => read({ page, signal: controller.signal, settings, dateOrder: pageDateOrder(settings.dateOrder, navigator.language) }))
    .catch((error: unknown) => {
      // Aborted: the user moved on. Anything else: the panel keeps saying "Reading…" until its own time limit.
      if (!controller.signal.aborted) console.debug('[playbook companion] reader stopped', error);
    });
}

/** This document's identity: a client-side move keeps it, a page load makes a new one. */
export const documentId = (): DocumentId => performance.timeOrigin;

/** Sends a reading to the background unless the reader was stopped meanwhile. */
export function report(signal: AbortSignal, snapshot: DistributiveOmit<PageSnapshot, 'document' | 'url'>): void {
  if (!signal.aborted) void sendMessage('page.snapshot', { ...snapshot, url: location.href, document: documentId() } as PageSnapshot).catch(() => undefined);
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
