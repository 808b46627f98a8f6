/** Building blocks the built-in catalogs share: recipient policies, segment lists and the email layout. */
import { SEGMENTS, type Segment } from '../accounts/account';
import type { RecipientPolicy, Step } from './types';

export const ALL_SEGMENTS: Segment[] = [...SEGMENTS];
/** "Digital": Tech Touch (Digital SMB) and Scale (pooled CSEs). */
export const DIGITAL_SEGMENTS: Segment[] = ['Tech Touch', 'Scale'];

/** GitLab Admins; the Sold-To contact when there is none. */
export const ADMIN_OR_SOLD_TO: RecipientPolicy = { admins: true, soldTo: 'if-no-admin', saasOwnersMaintainers: false };
/** As above, plus Owners and Maintainers on SaaS, who act on enablement content. */
export const ENABLEMENT_AUDIENCE: RecipientPolicy = { ...ADMIN_OR_SOLD_TO, saasOwnersMaintainers: true };
/** Surveys: GitLab Admins only; Sold-To contacts never receive NPS/CSAT (seed 000). */
export const ADMINS_ONLY: RecipientPolicy = { admins: true, soldTo: 'never', saasOwnersMaintainers: false };
/** Newsletters follow the general rule, except that CSM-assigned accounts require a GitLab Admin (seed 001's footnote). */
export const NEWSLETTER_AUDIENCE: RecipientPolicy = { ...ADMIN_OR_SOLD_TO, adminRequiredSegments: ['CSM-Assigned'] };

/**
 * Values the seeds do not give; each program that uses one lists it in `teamChoices`, so the panel labels
 * it the team's choice. They are catalog data, editable by export and import.
 */
/** How long a "Day N" program stays due: a CSM who opens the account a few days late still sees it. */
export const CATCH_UP_DAYS = 7;
/** How long before an event its invitation goes out. */
export const INVITE_DAYS = 14;

export const enrolledIn = (campaign: string): RecipientPolicy => ({
  admins: false, soldTo: 'never', saasOwnersMaintainers: false, enrollment: campaign,
});

const DOCS = 'https://docs.gitlab.com/';
const SIGNATURE = '<p>Best regards,<br>{{sender.name}}<br>{{sender.title}}<br>{{sender.email}}</p>';

interface Copy {
  subject: string;
  paragraphs: string[];
  /** docs.gitlab.com path and link text, shown as a list. */
  links?: Array<[path: string, text: string]>;
}

/** One email step in the house layout: greeting, paragraphs, a list of docs links, signature. */
export function email(id: string, name: string, offsetDays: number, copy: Copy): Step {
  const links = copy.links?.length
    ? `<ul>${copy.links.map(([path, text]) => `<li><a href="${DOCS}${path}">${text}</a></li>`).join('')}</ul>`
    : '';
  const body = `<p>Hi {{contact.firstName}},</p>${copy.paragraphs.map((p) => `<p>${p}</p>`).join('')}${links}${SIGNATURE}`;
  return { id, name, offsetDays, subject: copy.subject, body };
}
