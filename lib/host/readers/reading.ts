/**
 * The life of one host-page reader: it reads the page it was injected into and stops when the
 * background injects a fresh reader (the tab moved to another record) or the tab leaves record pages.
 * One AbortSignal ends every watch it started.
 */
import { pageDateOrder } from '../../shared/accounts/field-values';
import { pageText } from '../dom/page-text';
import type { DateOrder, DateOrderSource } from '../../shared/dates';
import type { DocumentId, PageSnapshot, ReaderSettings } from '../../shared/messaging/page-messages';
import type { RecordPage } from '../../shared/urls/record-urls';
import { pageScripts, sendPageMessage } from './runtime';

export interface Reading<P extends RecordPage> {
  page: P;
  signal: AbortSignal;
  settings: ReaderSettings;
  /**
   * A new reading's numeric date order (pageDateOrder): looked for when the reading meets its first numeric
   * date, and kept for the rest of it. A page showing only ISO or month-name dates is never scanned for one.
   */
  dateOrder: () => DateOrderSource;
}

export function startReading<P extends RecordPage>(recognise: (href: string) => P | null, read: (reading: Reading<P>) => Promise<void>): void {
  const scripts = pageScripts();
  scripts.reader?.abort();
  const page = recognise(location.href);
  if (!page) return;
  const controller = new AbortController();
  scripts.reader = controller;
  void sendPageMessage('page.readerSettings', { document: documentId() })
    .then((settings) => {
      const order = pageDateOrder(settings.dateOrder, () => pageText(document), navigator.language);
      return read({ page, signal: controller.signal, settings, dateOrder: () => onceAsked(order) });
    })
    .catch((error: unknown) => {
      // Aborted: the user moved on. Anything else: the panel keeps saying "Reading…" until its own time limit.
      if (!controller.signal.aborted) console.debug('[playbook companion] reader stopped', error);
    });
}

/** `order`, asked at most once, and only when first needed. */
function onceAsked(order: () => DateOrder): () => DateOrder {
  let known: DateOrder | undefined;
  return () => (known ??= order());
}

/** This document's identity: a client-side move keeps it, a page load makes a new one. */
export const documentId = (): DocumentId => performance.timeOrigin;

/** Sends a reading to the background unless the reader was stopped meanwhile. */
export function report(signal: AbortSignal, snapshot: DistributiveOmit<PageSnapshot, 'document' | 'url'>): void {
  if (!signal.aborted) void sendPageMessage('page.snapshot', { ...snapshot, url: location.href, document: documentId() } as PageSnapshot).catch(() => undefined);
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
