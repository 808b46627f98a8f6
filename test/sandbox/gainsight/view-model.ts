/**
 * What the C360 page shows for one company, already formatted the way the tenant renders it (date format,
 * "—" for empty, "45%"), with hidden fields left out. The browser script only lays it out, so every display
 * rule lives here in typed, tested code. Types are shared with the client bundle (type-only import there).
 */
import type { AccountFields, Contact } from '../../../lib/shared/accounts/account';
import { daysBetween, formatGainsightDate, type DateFormat } from '../dates';
import { SCROLLING_SUMMARY_LABELS, type GainsightTenant } from '../data/tenants';
import type { CompanyNote, SandboxAccount } from '../data/types';
import type { Cta, SandboxState } from '../state';
import { sanitizeEmailHtml } from './sanitize';

export interface FieldView {
  label: string;
  value: string;
  /** The user may not see this field: C360 shows a lock and "Permission Needed" instead of the value. */
  locked?: true;
}

export interface TableView {
  columns: string[];
  rows: { id: string; cells: string[] }[];
}

export interface ContactView {
  id: string;
  name: string;
  email: string;
  roles: string[];
  soldTo: boolean;
}

export interface CtaView {
  id: string;
  name: string;
  type: string;
  status: string;
  dueDate: string;
  playbook: string;
  tasksDone: number;
  tasksTotal: number;
}

export interface CompanyView {
  cid: string;
  name: string;
  /** Set when the page was opened as Relationship360. */
  relationshipName: string | null;
  summary: FieldView[];
  attributes: FieldView[];
  contacts: TableView;
  /** Raw contact data for the person-details dialog and the Edit Email recipient picker. */
  people: ContactView[];
  opportunities: TableView;
  programLogs: TableView;
  ctas: CtaView[];
  /** A rich-text note on the company. */
  note: CompanyNote | null;
}

export interface CompanyListItem {
  cid: string;
  name: string;
}

export const EMPTY = '—';
export const CONTACT_COLUMNS = ['Name', 'Email', 'GitLab Role', 'Sold-To', 'Enablement Enrollment', 'Permission'] as const;

/** How a tenant shows values: its placeholder for empty ones, dates in the account's format. */
function formats(empty: string, format: DateFormat) {
  const text = (v: string | null | undefined) => (v === null || v === undefined || v === '' ? empty : v);
  return {
    empty,
    text,
    yesNo: (v: boolean | null | undefined) => (v === null || v === undefined ? empty : v ? 'Yes' : 'No'),
    percent: (v: number | null | undefined) => (v === null || v === undefined ? empty : `${v}%`),
    money: (v: number | null | undefined) => (v === null || v === undefined ? empty : `$${v.toLocaleString('en-US')}`),
    count: (v: number | null | undefined) => (v === null || v === undefined ? empty : v.toLocaleString('en-US')),
    date: (v: string | null | undefined) => (v ? formatGainsightDate(v, format) : empty),
  };
}

type Formats = ReturnType<typeof formats>;

function dateText(v: string | null | undefined, format: DateFormat): string {
  return formats(EMPTY, format).date(v);
}

/** Gainsight's lifecycle stage is tenant logic; this approximation only needs to look plausible. */
function stageOf(f: Partial<AccountFields>, today: string): string {
  if (f.activeSubscription === false) return 'Churned';
  if (f.customerSince && daysBetween(f.customerSince, today) < 90) return 'Onboarding';
  if (f.renewalDate && daysBetween(today, f.renewalDate) <= 120) return 'Renewal';
  return 'Adoption';
}

function ctaView(c: Cta, format: DateFormat): CtaView {
  return {
    id: c.id,
    name: c.name,
    type: c.type,
    status: c.status,
    dueDate: dateText(c.dueDate, format),
    playbook: c.playbook ?? EMPTY,
    tasksDone: c.tasks.filter((t) => t.status === 'Completed').length,
    tasksTotal: c.tasks.length,
  };
}

function contactCells(c: Contact, f: Formats): string[] {
  return [
    c.name,
    f.text(c.email),
    c.roles.length ? c.roles.join(', ') : f.empty,
    c.soldTo ? 'Yes' : 'No',
    c.enablementEnrollment.length ? c.enablementEnrollment.join(', ') : f.empty,
    f.text(c.permission),
  ];
}

/** Drops hidden labels and masks the ones the tenant's user may not see. */
function visible(fields: FieldView[], hidden: string[], locked: readonly string[]): FieldView[] {
  return fields
    .filter((f) => !hidden.includes(f.label))
    .map((f) => (locked.includes(f.label) ? { label: f.label, value: '', locked: true } : f));
}

/** The classic layout's summary; the scrolling layout has its own ribbon. Every other field is an attribute. */
const CLASSIC_SUMMARY = ['Customer Since', 'Renewal Date', 'ARR', 'Segment', 'CSM', 'Stage', 'Status'];

function table(columns: readonly string[], rows: { id: string; cells: string[] }[], hidden: string[]): TableView {
  const keep = columns.map((c) => !hidden.includes(c));
  return {
    columns: columns.filter((_, i) => keep[i]),
    rows: rows.map((r) => ({ id: r.id, cells: r.cells.filter((_, i) => keep[i]) })),
  };
}

export function companyView(state: SandboxState, sa: SandboxAccount, relationship: boolean, tenant: GainsightTenant): CompanyView {
  const f = sa.account.fields;
  const v = formats(tenant.empty, sa.dateFormat);
  const hidden = sa.hiddenFields;
  const contacts = sa.account.contacts ?? [];
  const fields = visible(
    [
      { label: 'Customer Since', value: v.date(f.customerSince) },
      { label: 'Renewal Date', value: v.date(f.renewalDate) },
      { label: 'ARR', value: v.money(f.arr) },
      { label: 'Segment', value: v.text(f.segment) },
      { label: 'CSM', value: v.text(f.csm) },
      { label: 'Stage', value: stageOf(f, state.today) },
      { label: 'Status', value: f.activeSubscription === false ? 'Inactive' : 'Active' },
      { label: 'Subscription Start Date', value: v.date(f.subscriptionStartDate) },
      { label: 'Last Renewal Date', value: v.date(f.lastRenewalDate) },
      { label: 'CSM Email', value: v.text(f.csmEmail) },
      { label: 'CSM Assigned Date', value: v.date(f.csmAssignedDate) },
      { label: 'Account Executive', value: v.text(f.ae) },
      { label: 'Account Executive Email', value: v.text(f.aeEmail) },
      { label: 'Plan', value: v.text(f.plan) },
      { label: 'Ultimate Since', value: v.date(f.ultimateSince) },
      { label: 'Duo Purchase Date', value: v.date(f.duoPurchaseDate) },
      { label: 'Deployment', value: v.text(f.deployment) },
      { label: 'CI Score', value: v.text(f.ciScore) },
      { label: 'CI Utilization', value: v.percent(f.ciUtilization) },
      { label: 'License Utilization', value: v.percent(f.licenseUtilization) },
      { label: 'Issues & Epics Created', value: v.count(f.issuesEpicsCreated) },
      { label: 'Active Subscription', value: v.yesNo(f.activeSubscription) },
      { label: 'A/B Group', value: v.text(f.abGroup) },
      { label: 'Control Group', value: v.yesNo(f.controlGroup) },
      { label: 'SFDC Account ID', value: sa.salesforceId },
    ],
    hidden,
    tenant.lockedFields,
  );
  const summaryLabels: readonly string[] = tenant.layout === 'scrolling' ? SCROLLING_SUMMARY_LABELS : CLASSIC_SUMMARY;
  return {
    cid: sa.gainsightId,
    name: sa.account.name,
    relationshipName: relationship ? `${sa.account.name} - GitLab ${f.deployment ?? 'Subscription'}` : null,
    summary: fields.filter((field) => summaryLabels.includes(field.label)),
    attributes: fields.filter((field) => !summaryLabels.includes(field.label)),
    contacts: table(
      CONTACT_COLUMNS,
      contacts.map((c) => ({ id: c.id ?? c.name, cells: contactCells(c, v) })),
      hidden,
    ),
    people: contacts.map((c) => ({ id: c.id ?? c.name, name: c.name, email: c.email ?? '', roles: [...c.roles], soldTo: c.soldTo })),
    opportunities: table(
      ['Opportunity Name', 'Type', 'Stage', 'Close Date'],
      sa.account.opportunities.map((o) => ({
        id: o.id ?? o.name,
        cells: [o.name, v.text(o.type), v.text(o.stage), v.date(o.closeDate)],
      })),
      hidden,
    ),
    programLogs: table(
      ['Program', 'Step', 'Sent On', 'Recipients'],
      sa.account.programLogs.map((l, i) => ({
        id: String(i),
        cells: [l.program, v.text(l.step), v.date(l.sentOn), l.recipients.join(', ')],
      })),
      hidden,
    ),
    ctas: state.ctas.filter((c) => c.companyId === sa.gainsightId).map((c) => ctaView(c, sa.dateFormat)),
    note: sa.note ?? null,
  };
}

export function companyList(state: SandboxState): CompanyListItem[] {
  return state.accounts.map((a) => ({ cid: a.gainsightId, name: a.account.name }));
}

export interface TaskView {
  id: string;
  name: string;
  kind: 'Email';
  /** As Cockpit shows it, and as ISO for the Due Date control. */
  dueDate: string; dueIso: string;
  status: string;
  owner: string;
  subject: string;
  bodyHtml: string;
  /** The template's sender ("Name <address>") and CC. */
  from: string; cc: string[];
  /** The latest draft saved for this task, which the editor reopens with. */
  draft: { to: string[]; cc: string[] } | null;
}

export interface CtaDetailView {
  id: string;
  name: string;
  type: string;
  reason: string;
  status: string;
  dueDate: string;
  playbook: string;
  owner: string;
  companyId: string; companyName: string;
  tasks: TaskView[];
  /** The company's people: the Edit Email dialog offers them as recipients. */
  people: ContactView[];
}

export interface CtaListItemView extends CtaView {
  companyId: string; companyName: string;
}

/** Cockpit is not a company page, so it shows dates in the user's (month-name) format. */
const COCKPIT_DATES: DateFormat = 'MONTH_NAME';

export function ctaListView(state: SandboxState, companyId: string | null): CtaListItemView[] {
  return state.ctas
    .filter((c) => companyId === null || c.companyId === companyId)
    .map((c) => ({ ...ctaView(c, COCKPIT_DATES), companyId: c.companyId, companyName: c.companyName }));
}

export function ctaDetailView(state: SandboxState, cta: Cta): CtaDetailView {
  const company = state.accounts.find((a) => a.gainsightId === cta.companyId);
  return {
    id: cta.id,
    name: cta.name,
    type: cta.type,
    reason: cta.reason,
    status: cta.status,
    dueDate: dateText(cta.dueDate, COCKPIT_DATES),
    playbook: cta.playbook ?? EMPTY,
    owner: cta.owner,
    companyId: cta.companyId,
    companyName: cta.companyName,
    tasks: cta.tasks.map((t) => {
      const draft = [...state.emails].reverse().find((e) => e.taskId === t.id && e.status === 'draft');
      return {
        id: t.id, name: t.name, kind: t.kind,
        dueDate: dateText(t.dueDate, COCKPIT_DATES), dueIso: t.dueDate,
        status: t.status,
        owner: t.owner,
        subject: t.subject,
        // The editor loads this as HTML, so it is sanitized like the preview (drafts may hold anything).
        bodyHtml: sanitizeEmailHtml(t.bodyHtml),
        from: t.from, cc: [...t.cc],
        draft: draft ? { to: draft.to, cc: draft.cc } : null,
      };
    }),
    people: (company?.account.contacts ?? []).map((c) => ({
      id: c.id ?? c.name,
      name: c.name,
      email: c.email ?? '',
      roles: [...c.roles],
      soldTo: c.soldTo,
    })),
  };
}

export interface GainsightMeta {
  user: string;
  ctaTypes: string[];
  reasons: string[];
  playbooks: string[];
  roles: string[];
  companies: CompanyListItem[];
}
