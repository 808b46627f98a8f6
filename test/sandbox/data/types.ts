/** The sample book of business: one record per sample company, shared by the Gainsight and Salesforce fakes. */
import type { Account } from '../../../lib/shared/accounts/account';
import type { DateFormat } from '../dates';

/**
 * Every situation the sample accounts exercise, with what it means. Tests assert each tag is carried by
 * at least one account and that the account's data really fits it, so a tag can never lie.
 */
export const SCENARIOS = {
  'new-subscription-day-0': 'Subscription started today (CSM/CSE Introduction, day 0).',
  'new-subscription-day-2': 'Subscription started 2 days ago (Net-New Onboarding, day 2).',
  'new-subscription-day-10': 'Subscription started 10 days ago (inside the onboarding series window).',
  'first-ultimate-purchase': 'First Ultimate purchase 2 days ago (Ultimate Upgrade Onboarding).',
  'new-duo-purchase': 'Duo bought today (Duo Admin Onboarding, day 0).',
  'renewed-3-days-ago': 'Renewed 3 days ago (Post-renewal onboarding).',
  'renewal-in-120-days': 'Next renewal in 120 days (pre-renewal NPS/CSAT).',
  'renewal-60-days-ago': 'Renewed 60 days ago (post-renewal NPS/CSAT).',
  'ci-score-red': 'CI score Red (CI lab invite).',
  'ci-score-yellow': 'CI score Yellow (CI lab invite).',
  'low-ci-utilization': 'CI utilization under 20% (CI usage trigger).',
  'smb-low-license-utilization': 'Tech Touch SMB at day 100 with 60% license utilization.',
  'churned-smb': 'Churned SMB: Closed Lost opportunity, Active Subscription = No (post-churn survey).',
  'csm-just-assigned': 'A CSM was assigned yesterday (CSM introduction).',
  'csm-assigned': 'CSM-Assigned segment with a named CSM.',
  scale: 'Scale segment (pooled CSEs).',
  'tech-touch': 'Tech Touch / Digital segment, no named CSM.',
  'no-gitlab-admin': 'No GitLab Admin: only a Sold-To contact receives admin mail.',
  'open-first-order-opportunity': 'Open "New - First Order" opportunity that needs a GitLab Admin.',
  'two-gitlab-admins': 'Two GitLab Admin contacts.',
  'admin-with-other-role': 'A GitLab Admin who also holds another role (contains, not equals).',
  'saas-owner-maintainer': 'SaaS account with Owner and Maintainer users.',
  'control-group': 'Pilot control group: "Control Group: Yes" on the page.',
  'field-missing': 'Fields (Renewal Date, Last Renewal Date) are not on the C360 page at all.',
  'dmy-dates': 'C360 renders dates as DD.MM.YYYY.',
  'mdy-dates': 'C360 renders dates as MM/DD/YYYY.',
  'iso-dates': 'C360 renders dates as YYYY-MM-DD.',
  'customer-since-60-days': 'Customer for exactly 60 days (post-onboarding NPS/CSAT, Agile Adoption day 60).',
  'day-30': 'Customer for 30 days (Security Adoption).',
  'day-45': 'Customer for 45 days (CI use-case email).',
  'day-100': 'Customer for 100 days (CD use-case email).',
  'day-130': 'Customer for 130 days (Agile Management use-case email).',
  'few-issues-epics': 'Fewer than 3 issues/epics created in the first two years (Project Management lab).',
  ultimate: 'Ultimate plan (Security lab invite).',
  'empty-values': 'Several fields are empty and render as "—".',
  'program-logs': 'Program Logs already list emails sent by programs.',
  'decoy-note': 'A rich-text note on the company holds a contact-like table (Name | Email | GitLab Role) that is not the contact list.',
  'many-contacts': 'More contacts than a virtualized grid shows at once, with the GitLab Admin far down the list.',
} as const;

export type ScenarioTag = keyof typeof SCENARIOS;
export const SCENARIO_TAGS = Object.keys(SCENARIOS) as ScenarioTag[];

/** A rich-text note a CSM keeps on the company; C360 shows it as a rich-text attribute. */
export interface CompanyNote {
  /** The attribute's label, e.g. "Account Notes". */
  label: string;
  paragraphs: string[];
  /** A heading the CSM typed above the table (a rich-text h3). */
  heading?: string;
  /** A table pasted into the note. */
  table?: { columns: string[]; rows: string[][] };
}

export interface SandboxAccount {
  /** A stable slug, e.g. `northwind-day0`. */
  key: string;
  /** One line: what this account exercises. */
  scenario: string;
  tags: ScenarioTag[];
  /** Gainsight company id (the C360 `cid`). */
  gainsightId: string;
  /** Salesforce Account id, 18 characters, `001…`. */
  salesforceId: string;
  /** The company's email domain, always under `.example`. */
  domain: string;
  /** The company as Gainsight holds it; contacts carry Salesforce Contact ids, opportunities `006…` ids. */
  account: Account;
  /** How the C360 page renders this account's dates. */
  dateFormat: DateFormat;
  /** C360 labels left off the page entirely (the "field missing" scenario). */
  hiddenFields: string[];
  /** A rich-text note on the company, shown before the contacts. */
  note?: CompanyNote;
}
