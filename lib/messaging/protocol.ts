import { browser } from 'wxt/browser';
import type { Account, AccountSource } from '../accounts/account';
import type { Settings } from '../settings/schema';
import type { SalesforcePage } from '../pages/record-urls';
import type { SalesforceResult, SalesforceRecord } from '../salesforce/types';
import type { MadeAdmin } from '../salesforce/role-fix';
import type { ImportResult } from '../reminders/backup';
import type { DomainsResult } from '../pages/custom-domains';
import type { CatalogInUse } from '../settings/custom-catalog';
import type { RecordSendInput, SequenceInput } from '../reminders/inputs';
import type { Reminder } from '../reminders/records';
import type { AccountHistory, ActionResult, RecordResult, StartResult } from '../reminders/repository';

/**
 * Every message between a page (content script, popup, options) and the background, with its
 * answer type. One map, so a sender and its handler cannot drift apart.
 */
export interface Protocol {
  /** The light loader asks for the heavy page app once it sees a record page. */
  'page.injectApp': { request: { app: AppName }; response: { injected: boolean } };
  /** Runs SOQL against the org of the Lightning page, through the background's session. */
  'salesforce.query': { request: { pageHost: string; soql: string }; response: SalesforceResult<SalesforceRecord[]> };
  /** The user's settings, validated by the background (page bundles carry no schema library). */
  'settings.get': { request: Record<string, never>; response: Settings };
  /** The account snapshot of a Lightning record page (its account, contacts, opportunities). */
  'salesforce.account': { request: { pageHost: string; page: SalesforcePage; url: string }; response: SalesforceResult<Account> };
  /** Adds the admin value to a contact's role (re-read first, other roles kept) in the org of the page. */
  'salesforce.makeAdmin': { request: { pageHost: string; contactId: string }; response: SalesforceResult<MadeAdmin> };
  /** Enrolls an account in a program's email sequence and schedules its first send (idempotent). */
  'reminders.startSequence': { request: SequenceInput; response: StartResult };
  /** A send happened (seen on the page, or marked): logs it and schedules the next step. Idempotent. */
  'reminders.recordSend': { request: RecordSendInput; response: RecordResult };
  /** One account's enrollments, reminders and sends, for the sidebar. */
  'reminders.forAccount': { request: { accountKey: string }; response: AccountHistory };
  /** Pending sends by date (extension pages only). */
  'reminders.list': { request: { limit?: number }; response: { reminders: Reminder[] } };
  /** Popup actions (extension pages only); each replaces the undo record. */
  'reminders.markSent': { request: { key: string }; response: ActionResult };
  'reminders.snooze': { request: { key: string; until: string }; response: ActionResult };
  'reminders.skip': { request: { key: string; reason: string }; response: ActionResult };
  /** Restores the state before the last popup action. */
  'reminders.undo': { request: Record<string, never>; response: ActionResult };
  /** Backup of all reminder data as JSON text, and its all-or-nothing import (extension pages only). */
  'reminders.exportBackup': { request: Record<string, never>; response: { text: string } };
  'reminders.importBackup': { request: { text: string }; response: ImportResult };
  /** The catalog the engine plans with: the imported custom catalog, else the built-in edition (pages carry no schema library). */
  'catalog.get': { request: Record<string, never>; response: CatalogInUse };
  /** Custom Gainsight domains (extension pages only): add one once Chrome granted its origin, remove one, list them. */
  'customDomains.add': { request: { domain: string }; response: DomainsResult };
  'customDomains.remove': { request: { domain: string }; response: DomainsResult };
  'customDomains.list': { request: Record<string, never>; response: DomainsResult };
  /** Deletes settings, the custom catalog, reminders and send history (extension pages only). */
  'data.clearAll': { request: Record<string, never>; response: { ok: true } };
  /** The C360 page app leaves its latest snapshot of a company for the Cockpit pages (in memory only). */
  'accounts.remember': { request: { account: Account }; response: { ok: boolean } };
  'accounts.recall': { request: { source: AccountSource; id: string }; response: { account: Account | null } };
  /** "Start playbook" navigating to Cockpit's create page: the program for that tab's next page to fill in. */
  'cockpit.stashStart': { request: { companyId: string; programId: string }; response: { ok: true } };
  'cockpit.takeStart': { request: { companyId: string }; response: { programId: string | null } };
}

export type AppName = 'gainsight' | 'salesforce';
export type MessageType = keyof Protocol;
export type Request<K extends MessageType> = Protocol[K]['request'];
export type Response<K extends MessageType> = Protocol[K]['response'];
export type Envelope = { [K in MessageType]: { type: K; payload: Request<K> } }[MessageType];

export function sendMessage<K extends MessageType>(type: K, payload: Request<K>): Promise<Response<K>> {
  return browser.runtime.sendMessage({ type, payload }) as Promise<Response<K>>;
}

export interface MessageSender {
  tabId?: number;
  frameId?: number;
  url?: string;
  /** The popup, options or another page of the extension itself (even when open in a tab). */
  fromExtensionPage: boolean;
}

export type Handlers = { [K in MessageType]: (payload: Request<K>, sender: MessageSender) => Promise<Response<K>> };

function isEnvelope(message: unknown): message is Envelope {
  return !!message && typeof message === 'object' && typeof (message as { type?: unknown }).type === 'string';
}

/** Installs the background's handlers; unknown messages are left for other listeners. */
export function handleMessages(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isEnvelope(message) || !(message.type in handlers)) return undefined;
    const handler = handlers[message.type] as (payload: unknown, sender: MessageSender) => Promise<unknown>;
    const fromExtensionPage = !!sender.url?.startsWith(browser.runtime.getURL('/'));
    return handler(message.payload, { tabId: sender.tab?.id, frameId: sender.frameId, url: sender.url, fromExtensionPage });
  });
}
