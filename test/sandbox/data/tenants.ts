/**
 * The Gainsight tenants the sandbox serves. Each tenant host renders Customer360 its own way, as real
 * tenants do (layout mode, how the People section lists contacts, which fields its user may not see),
 * over the same book of business. Plain data, shared by the server, the browser client and the tests.
 */

export type C360Layout =
  /** The sandbox's first layout: sections with labelled fields, a definition list in a shadow root, a contacts table. */
  | 'classic'
  /** C360's "scrolling" mode as its public templates render it: `div.c360-section[data-label]` sections arriving one by one, gridster widgets, ag-grid reports in shadow roots. */
  | 'scrolling';

export interface GainsightTenant {
  host: string;
  /** One line for the start page. */
  description: string;
  layout: C360Layout;
  /**
   * How the People section lists contacts in the scrolling layout: a virtualized ag-grid, or rows of
   * plain elements; `none`: the tenant's layout leaves the Contacts section off the page (classic layout).
   */
  people: 'grid' | 'rows' | 'none';
  /** Labels of company fields this tenant's user may not see: C360 shows a lock and "Permission Needed". */
  lockedFields: string[];
  /** What an empty value shows. */
  empty: string;
  /**
   * How Cockpit's forms are built: native `<select>`s and an ISO date input, or Gainsight's own controls
   * (ARIA comboboxes, a searchable Playbook picker that loads late, an MM/DD/YYYY date, token pickers for
   * the Edit Email recipients).
   */
  forms: 'native' | 'aria';
}

const CLASSIC = { layout: 'classic', people: 'grid', lockedFields: [], empty: '—', forms: 'native' } as const;
const SCROLLING = { layout: 'scrolling', people: 'grid', lockedFields: [], empty: '---', forms: 'native' } as const;

export const GAINSIGHT_TENANTS: readonly GainsightTenant[] = [
  { host: 'gitlab.gainsightcloud.com', description: 'Classic sandbox layout', ...CLASSIC, lockedFields: [] },
  { host: 'cs.gitlab-tenant.sandbox.test', description: 'Classic layout on a custom domain', ...CLASSIC, lockedFields: [] },
  {
    host: 'scrolling.gainsightcloud.com',
    description: 'C360 scrolling mode: widgets, sections arriving at different times, a virtualized People grid in a shadow root',
    ...SCROLLING,
    lockedFields: [],
  },
  {
    host: 'locked.gainsightcloud.com',
    description: 'Scrolling mode for a user without permission on Renewal Date (a locked attribute) and ARR (a masked summary widget)',
    ...SCROLLING,
    lockedFields: ['Renewal Date', 'ARR'],
  },
  {
    host: 'combobox.gainsightcloud.com',
    description: 'Classic layout whose Cockpit forms are Gainsight\'s own controls: comboboxes, a searchable Playbook picker loading late, MM/DD/YYYY dates, To/CC token pickers',
    ...CLASSIC,
    lockedFields: [],
    forms: 'aria',
  },
  {
    host: 'nopeople.gainsightcloud.com',
    description: 'Classic layout whose admin left the Contacts section off the page: only a note may show a "Contacts" heading',
    ...CLASSIC,
    people: 'none',
    lockedFields: [],
  },
  {
    host: 'rows.gainsightcloud.com',
    description: 'Scrolling mode whose People section lists contacts as rows of plain elements under a header row',
    ...SCROLLING,
    people: 'rows',
    lockedFields: [],
  },
];

/** The tenant a host serves; any other Gainsight host renders the classic layout. */
export function tenantFor(host: string): GainsightTenant {
  return GAINSIGHT_TENANTS.find((t) => t.host === host) ?? { ...GAINSIGHT_TENANTS[0]!, host };
}

/** How many contact rows the People grid renders at a time (the rest render as it scrolls). */
export const PEOPLE_GRID_ROWS = 20;

/** The scrolling layout's summary ribbon; every other field is an attribute widget. */
export const SCROLLING_SUMMARY_LABELS: readonly string[] = ['Customer Since', 'ARR', 'Segment', 'CSM', 'Stage', 'Status'];

/** Sections of the scrolling layout, in page order, with the ids the hash routes to (`#/<id>`). */
export const SCROLLING_SECTIONS = [
  { id: '1I00SUMMARY', label: 'Summary' },
  { id: '1I00ATTRIBUTES', label: 'Attributes' },
  { id: '1I00COCKPIT', label: 'Cockpit' },
  { id: '1I00PEOPLE', label: 'People' },
  { id: '1I00OPPORTUNITIES', label: 'Opportunities' },
  { id: '1I00PROGRAMLOGS', label: 'Program Logs' },
] as const;

export type ScrollingSectionLabel = (typeof SCROLLING_SECTIONS)[number]['label'];
