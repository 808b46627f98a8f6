import { orgOfUrl } from '../../pages/record-urls';
import type { Account, Contact, Opportunity, ProgramLogEntry } from '../../accounts/account';
import { ACCOUNT_FIELD_KEYS, OPTIONAL_FIELDS } from '../../accounts/fields';
import { readFields, readPermission, readYes, splitValues } from '../../accounts/field-values';
import { parseDisplayDate, type DateOrder } from '../../dates';
import type { Settings } from '../../settings/schema';
import { readLabelledValues } from '../dom/labelled-values';
import { readTable, type TableRow } from '../dom/table';
import { allElements, isRendered, textOf } from '../dom/walk';

/**
 * Turns a rendered Customer360 page into the account snapshot, by the labels a CSM sees (which are
 * settings, since tenants rename them). This is the only code that knows C360's page.
 */

export interface C360Reading {
  /** null while the page shows no company yet (or still shows the previous one). */
  account: Account | null;
  /** Every field label, the contacts and the program logs were found. */
  complete: boolean;
}

type Labels = Settings['gainsight']['labels'];

/** The company's name: the page's first visible level-one heading. */
function companyName(doc: Document): string | null {
  for (const el of allElements(doc)) {
    const isHeading = el.tagName === 'H1' || (el.getAttribute('role') === 'heading' && el.getAttribute('aria-level') === '1');
    if (isHeading && isRendered(el) && textOf(el)) return textOf(el);
  }
  return null;
}

function readContacts(row: TableRow, labels: Labels): Contact {
  const name = row.get(labels.contactName) ?? '';
  const email = row.get(labels.contactEmail)?.trim() ?? '';
  return {
    name,
    firstName: name.split(' ')[0] || undefined,
    email: /@/.test(email) ? email : null,
    roles: splitValues(row.get(labels.contactRole)),
    soldTo: readYes(row.get(labels.contactSoldTo) ?? ''),
    enablementEnrollment: splitValues(row.get(labels.contactEnablement)),
    permission: readPermission(row.get(labels.contactPermission) ?? ''),
  };
}

function readOpportunities(rows: TableRow[], labels: Labels, order: DateOrder): Opportunity[] {
  return rows.map((row) => ({
    name: row.get(labels.opportunityName) ?? '',
    type: row.get(labels.opportunityType) || null,
    stage: row.get(labels.opportunityStage) || null,
    closeDate: parseDisplayDate(row.get(labels.opportunityCloseDate) ?? '', order),
  }));
}

function readLogs(rows: TableRow[], labels: Labels, order: DateOrder): ProgramLogEntry[] {
  const entries: ProgramLogEntry[] = [];
  for (const row of rows) {
    const sentOn = parseDisplayDate(row.get(labels.logSentOn) ?? '', order);
    const program = row.get(labels.logProgram);
    if (!sentOn || !program) continue;
    entries.push({ program, step: row.get(labels.logStep) || null, sentOn, recipients: splitValues(row.get(labels.logRecipients)) });
  }
  return entries;
}

/** An Account id (15 or 18 characters, `001…`); anything else ("—", a name) is not one. */
function salesforceAccountIdOf(raw: string | undefined): string | undefined {
  const value = raw?.trim();
  return value && /^001[A-Za-z0-9]{12}(?:[A-Za-z0-9]{3})?$/.test(value) ? value : undefined;
}

export interface ReadC360Options {
  id: string;
  url: string;
  labels: Labels;
  dateOrder: DateOrder;
  /** The company shown before a client-side navigation: while it is still on screen, wait. */
  previousName?: string | null;
}

export function readC360(doc: Document, options: ReadC360Options): C360Reading {
  const { labels, dateOrder } = options;
  const name = companyName(doc);
  if (!name || name === options.previousName) return { account: null, complete: false };

  const values = readLabelledValues(doc, [...ACCOUNT_FIELD_KEYS.map((key) => labels[key]), labels.sfdcAccountId]);
  const raws = ACCOUNT_FIELD_KEYS.map((key) => [key, values.get(labels[key])] as const);
  const { fields, unreadable } = readFields(raws, dateOrder);
  const allFound = raws.every(([key, raw]) => raw !== undefined || OPTIONAL_FIELDS.has(key));

  // Without its role column a contacts table cannot answer the GitLab Admin question: unknown, not "none".
  const contactRows = readTable(doc, [labels.contactName, labels.contactEmail, labels.contactRole], [labels.contactSoldTo, labels.contactEnablement, labels.contactPermission]);
  const opportunityRows = readTable(doc, [labels.opportunityName, labels.opportunityType], [labels.opportunityStage, labels.opportunityCloseDate]);
  const logRows = readTable(doc, [labels.logProgram, labels.logSentOn], [labels.logStep, labels.logRecipients]);
  const salesforceAccountId = salesforceAccountIdOf(values.get(labels.sfdcAccountId));
  const account: Account = {
    source: 'gainsight',
    org: orgOfUrl(options.url),
    id: options.id,
    name,
    url: options.url,
    ...(salesforceAccountId ? { salesforceAccountId } : {}),
    fields,
    unreadable,
    contacts: contactRows?.map((row) => readContacts(row, labels)),
    opportunities: opportunityRows ? readOpportunities(opportunityRows, labels, dateOrder) : [],
    programLogs: logRows ? readLogs(logRows, labels, dateOrder) : [],
  };
  return { account, complete: allFound && !!contactRows && !!logRows };
}
