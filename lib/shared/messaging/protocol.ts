import type { MadeAdmin, SalesforceResult } from '../salesforce/types';
import type { OrgFieldsResult, SalesforceOrgChoice } from '../salesforce/org-fields';
import type { DomainsResult } from '../urls/custom-domains';
import type { CatalogInUse } from '../programs/types';
import type { RecordSendInput, SequenceInput } from '../reminders/inputs';
import type { Reminder } from '../reminders/records';
import type { ActionResult, ImportResult, RecordResult, StartResult } from '../reminders/results';
import type { UndoSummary } from '../reminders/undo';
import type { CtaFormClosed, DetectedSend, DocumentId, PageLabelsResult, PageSnapshot, ReaderSettings } from './page-messages';
import type { FillOutcome, EmailToFill, CtaFormToFill } from './fill-messages';
import type { BookSignIn, RefreshAnswer } from '../book/model';

/**
 * Every message sent to the background, with its answer type. One map, so a sender and its handler
 * cannot drift apart.
 *
 * Who may send what is part of the map: a message is accepted from the extension's own pages (side
 * panel, popup, options) only, unless it is listed in PAGE_MESSAGES. Content scripts run inside pages
 * we do not control, so they may report what they read and open the panel, and nothing else: no
 * message from a host page can write to Salesforce, the reminders or the settings.
 */
export interface Protocol {
  /** A host-page reader's latest reading of its tab (C360, Cockpit, or a Lightning page whose org refuses the API). */
  'page.snapshot': { request: PageSnapshot; response: { ok: boolean } };
  /** The Cockpit reader saw a trusted Send in the Edit Email dialog. The background decides what it records. */
  'page.detectedSend': { request: DetectedSend; response: { ok: boolean } };
  /** The filler saw the Create CTA form it filled close: saved by the user's own click, or not. */
  'page.ctaForm': { request: CtaFormClosed; response: { ok: boolean } };
  /** What a reader needs to read its page (labels, date order), without the rest of the settings. */
  'page.readerSettings': { request: { document: DocumentId }; response: ReaderSettings };
  /** The in-page launcher was clicked: open the side panel on the sender's tab. */
  'panel.open': { request: Record<string, never>; response: { opened: boolean } };

  /** The side panel's actions on the record in a tab. The background resolves org and record from the tab, never from the payload. */
  'tab.reread': { request: { tabId: number }; response: { ok: boolean } };
  'tab.reload': { request: { tabId: number }; response: { ok: boolean } };
  /**
   * Opens and fills the Create CTA form (never saved) and keeps the start pending in the tab: the
   * enrollment is recorded only once the CSM saved the CTA and Cockpit shows it.
   */
  'playbook.start': { request: { tabId: number; sequence: SequenceInput; form: CtaFormToFill }; response: { fill: FillOutcome } };
  /** Takes back a Start whose CTA is not saved yet. */
  'playbook.undoStart': { request: { tabId: number }; response: { ok: boolean } };
  /**
   * Sets the saved CTA's Email Tasks' due dates to the catalog's (Cockpit saves each as it is picked), on
   * the CSM's click: which tasks and dates, the background works out from the tab's CTA and the catalog.
   */
  'playbook.setTaskDates': { request: { tabId: number }; response: FillOutcome };
  /** Fills the Edit Email dialog open in the tab with an email the panel composed and sanitized. */
  'email.prefill': { request: { tabId: number; email: EmailToFill }; response: FillOutcome };
  /** Adds the admin value to a contact's role (re-read first, other roles kept) in the org of the tab's record. */
  'salesforce.makeAdmin': { request: { tabId: number; contactId: string }; response: SalesforceResult<MadeAdmin> };

  /** Options → Salesforce: the orgs the user is signed in to or read records from lately (lib/worker/salesforce/known-orgs.ts). */
  'salesforce.orgs': { request: Record<string, never>; response: { orgs: SalesforceOrgChoice[] } };
  /** Options → Salesforce: an org's Account, Contact and Opportunity fields by label, from its describe. */
  'salesforce.describe': { request: { apiHost: string }; response: OrgFieldsResult };

  /** Options → Gainsight: the field labels the open Customer360 page shows (untrusted page text). */
  'gainsight.pageLabels': { request: Record<string, never>; response: PageLabelsResult };

  /** My book: reads the org's book again in the background (never twice at once); progress comes over the book Port. */
  'book.refresh': { request: { org: string }; response: RefreshAnswer };
  'book.cancel': { request: { org: string }; response: { cancelled: boolean } };
  /** My book: who is signed in to the org now (asked of the org each time the book opens). */
  'book.whoAmI': { request: { org: string }; response: BookSignIn };
  /** My book's role fix: only for a contact of an account in the org's cached book. */
  'book.makeAdmin': { request: { org: string; accountId: string; contactId: string }; response: SalesforceResult<MadeAdmin> };

  /** The catalog the engine plans with: the imported custom catalog, else the built-in edition. */
  'catalog.get': { request: Record<string, never>; response: CatalogInUse };
  /** Enrolls an account in a program's email sequence and schedules its first send (idempotent). */
  'reminders.startSequence': { request: SequenceInput; response: StartResult };
  /** A send happened (marked in the panel): logs it and schedules the next step. Idempotent. */
  'reminders.recordSend': { request: RecordSendInput; response: RecordResult };
  /** My book's mark-sent (one row or many): every send in one write, undone at once by its token (reminders.undoSends). */
  // No per-send results: My book plans the accounts again from what is stored, and 100 results were ~100 KB each way.
  'reminders.recordSends': { request: { sends: RecordSendInput[]; label: string }; response: { undo: UndoSummary; token: string } };
  /** Takes back one of My book's mark-sent actions by its token. */
  'reminders.undoSends': { request: { token: string }; response: ActionResult };
  /** Pending sends by date. */
  'reminders.list': { request: { limit?: number }; response: { reminders: Reminder[] } };
  /** Checklist actions; each replaces the undo record. */
  'reminders.markSent': { request: { key: string }; response: ActionResult };
  'reminders.snooze': { request: { key: string; until: string }; response: ActionResult };
  'reminders.skip': { request: { key: string; reason: string }; response: ActionResult };
  /** Restores the state before the last checklist action. */
  'reminders.undo': { request: Record<string, never>; response: ActionResult };
  /** Backup of all reminder data as JSON text, and its all-or-nothing import. */
  'reminders.exportBackup': { request: Record<string, never>; response: { text: string; note?: string; setAside?: string } };
  'reminders.importBackup': { request: { text: string }; response: ImportResult };
  /** Custom Gainsight domains: add one once the browser granted its origin, remove one, list them. */
  'customDomains.add': { request: { domain: string }; response: DomainsResult };
  'customDomains.remove': { request: { domain: string }; response: DomainsResult };
  'customDomains.list': { request: Record<string, never>; response: DomainsResult };
  /** Deletes every store the extension keeps. */
  'data.clearAll': { request: Record<string, never>; response: { ok: true } };
}

export type MessageType = keyof Protocol;
export type Request<K extends MessageType> = Protocol[K]['request'];
export type Response<K extends MessageType> = Protocol[K]['response'];
export type Envelope = { [K in MessageType]: { type: K; payload: Request<K> } }[MessageType];

/** The only messages a content script may send; everything else needs an extension page. */
export const PAGE_MESSAGES: ReadonlySet<MessageType> = new Set<MessageType>(['page.snapshot', 'page.detectedSend', 'page.ctaForm', 'page.readerSettings', 'panel.open']);

export interface MessageSender {
  tabId?: number;
  windowId?: number;
  /** The tab's current URL, as the browser knows it (a frame's `url` stays the one it loaded with, even after a client-side move). */
  tabUrl?: string;
  frameId?: number;
  url?: string;
  /** The side panel, popup, options or another page of the extension itself (even when open in a tab). */
  fromExtensionPage: boolean;
}

export type Handlers = { [K in MessageType]: (payload: Request<K>, sender: MessageSender) => Promise<Response<K>> };

/** Own properties only: `toString` or `__proto__` must never be taken for a handler. */
export function handlerFor(handlers: Partial<Handlers>, type: string): ((payload: unknown, sender: MessageSender) => Promise<unknown>) | null {
  if (!Object.hasOwn(handlers, type)) return null;
  const handler: unknown = (handlers as Record<string, unknown>)[type];
  return typeof handler === 'function' ? (handler as (payload: unknown, sender: MessageSender) => Promise<unknown>) : null;
}
