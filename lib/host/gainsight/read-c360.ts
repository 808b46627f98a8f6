import { gainsightPage, orgOfUrl } from '../../shared/urls/record-urls';
import type { Account, Opportunity, ProgramLogEntry } from '../../shared/accounts/account';
import { splitValues } from '../../shared/accounts/field-values';
import { parseDisplayDate, type DateOrderSource } from '../../shared/dates';
import type { Settings } from '../../shared/settings/schema';
import { readTable, type TableRow } from '../dom/table';
import { allElements, isRendered, parentOf, textOf } from '../dom/walk';
import { readContacts } from './c360-contacts';
import { readCompanyFields } from './c360-fields';
import { cellReader } from './c360-text';
import { isRecordId } from '../../shared/accounts/salesforce-ids';

/**
 * Turns a rendered Customer360 page into the account snapshot, by the labels a CSM sees (which are
 * settings, since tenants rename them). This is the only code that knows C360's page. Its sections
 * arrive one by one and at different times, so each reading says which parts are still awaited.
 */

/** The parts of a company a reading waits for; opportunities are read when shown, never awaited. */
export type C360Part = 'fields' | 'contacts' | 'programLogs';

export interface C360Reading {
  /** null while the page shows no company yet (or still shows the previous one). */
  account: Account | null;
  /** Every part was read, or shows why it cannot be: nothing more will arrive by itself. */
  complete: boolean;
  /** The parts still awaited (empty once complete), so a watcher knows what it keeps waiting for. */
  waitingFor: C360Part[];
}

type Labels = Settings['gainsight']['labels'];

/** C360 titles its page "<company> | C360" (or R360); the header shows the name without a level-one heading. */
const PAGE_TITLE = /^(.+?)\s*\|\s*[CR]360$/;

/** Where an app names itself ("Customer 360" in its app bar), never the company. */
const APP_CHROME = new Set(['navigation', 'menubar', 'toolbar', 'tablist']);

function inAppChrome(el: Element): boolean {
  for (let node: Element | null = parentOf(el); node; node = parentOf(node)) {
    if (node.tagName === 'NAV' || APP_CHROME.has(node.getAttribute('role') ?? '')) return true;
  }
  return false;
}

/** The company's name: the page's first visible level-one heading outside the app's bars, else the page title C360 sets. */
function companyName(doc: Document): string | null {
  for (const el of allElements(doc)) {
    const isHeading = el.tagName === 'H1' || (el.getAttribute('role') === 'heading' && el.getAttribute('aria-level') === '1');
    if (isHeading && isRendered(el) && textOf(el) && !inAppChrome(el)) return textOf(el);
  }
  return PAGE_TITLE.exec(doc.title.trim())?.[1] ?? null;
}

function readOpportunities(rows: TableRow[], labels: Labels, order: DateOrderSource): Opportunity[] {
  return rows.map((row) => {
    const cell = cellReader(row);
    return {
      name: cell(labels.opportunityName),
      type: cell(labels.opportunityType) || null,
      stage: cell(labels.opportunityStage) || null,
      closeDate: parseDisplayDate(cell(labels.opportunityCloseDate), order),
    };
  });
}

function readLogs(rows: TableRow[], labels: Labels, order: DateOrderSource): ProgramLogEntry[] {
  const entries: ProgramLogEntry[] = [];
  for (const row of rows) {
    const cell = cellReader(row);
    const sentOn = parseDisplayDate(cell(labels.logSentOn), order);
    const program = cell(labels.logProgram);
    if (!sentOn || !program) continue;
    entries.push({ program, step: cell(labels.logStep) || null, sentOn, recipients: splitValues(cell(labels.logRecipients)) });
  }
  return entries;
}

/** An Account id (15 or 18 characters, `001…`) from the page, else from an `aid=` URL; anything else ("—", a name) is not one. */
function salesforceAccountIdOf(raw: string | undefined, url: string): string | undefined {
  const value = raw?.trim();
  if (isRecordId(value, '001')) return value;
  const page = gainsightPage(url);
  return page?.kind === 'company' && page.by === 'aid' && isRecordId(page.id, '001') ? page.id : undefined;
}

export interface ReadC360Options {
  id: string;
  url: string;
  labels: Labels;
  /** The page's numeric date order, or how to find it once a numeric date needs it. */
  dateOrder: DateOrderSource;
  /** The company shown before a client-side navigation: while it is still on screen, wait. */
  previousName?: string | null;
}

export function readC360(doc: Document, options: ReadC360Options): C360Reading {
  const { labels, dateOrder } = options;
  const name = companyName(doc);
  if (!name || name === options.previousName) return { account: null, complete: false, waitingFor: ['fields', 'contacts', 'programLogs'] };

  const company = readCompanyFields(doc, labels, dateOrder, [labels.sfdcAccountId]);
  const people = readContacts(doc, labels);
  const opportunities = readTable(doc, [labels.opportunityName, labels.opportunityType], [labels.opportunityStage, labels.opportunityCloseDate]);
  const logs = readTable(doc, [labels.logProgram, labels.logSentOn], [labels.logStep, labels.logRecipients]);
  const salesforceAccountId = salesforceAccountIdOf(company.texts.get(labels.sfdcAccountId), options.url);
  const account: Account = {
    source: 'gainsight',
    org: orgOfUrl(options.url),
    id: options.id,
    name,
    url: options.url,
    ...(salesforceAccountId ? { salesforceAccountId } : {}),
    fields: company.fields,
    unreadable: company.unreadable,
    ...(Object.keys(company.fieldNotes).length ? { fieldNotes: company.fieldNotes } : {}),
    contacts: people.contacts,
    ...(people.note ? { contactsIncomplete: people.note } : {}),
    opportunities: opportunities ? readOpportunities(opportunities, labels, dateOrder) : [],
    programLogs: logs ? readLogs(logs, labels, dateOrder) : [],
  };
  const waitingFor: C360Part[] = [];
  if (!company.allFound) waitingFor.push('fields');
  if (!people.settled) waitingFor.push('contacts');
  if (!logs) waitingFor.push('programLogs');
  return { account, complete: waitingFor.length === 0, waitingFor };
}
