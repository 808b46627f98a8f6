/**
 * Cockpit on the server: creating CTAs from a playbook (one Email Task per email) and recording what the
 * Edit Email dialog sends or saves as draft, so tests can read back exactly what the extension produced.
 */
import type { IsoDate } from '../../../lib/shared/accounts/account';
import { addDays, isIsoDate } from '../dates';
import { CTA_REASONS, CTA_TYPES, findPlaybook, type PlaybookEmail } from '../data/playbooks';
import type { SandboxAccount } from '../data/types';
import { escapeHtml, isRecord } from '../http';
import { gainsightIdFor } from '../ids';
import { findAccountByGainsightId, nextSequence, type Cta, type CtaTask, type RecordedEmail, type SandboxState } from '../state';

/** The signed-in Gainsight user; every CTA and task is theirs, so they may send. */
export const GAINSIGHT_USER = 'Casey Morgan';

export interface FieldProblem {
  field: string;
  message: string;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; problems: FieldProblem[] };

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

/** Seed 002: the sender is "typically tokenized to come from either a TAM or AE", else customer_enablement@gitlab.com. */
const GENERIC_SENDER = 'GitLab Customer Enablement <customer_enablement@gitlab.com>';

function taskSender(sa: SandboxAccount): string {
  const { csm, csmEmail } = sa.account.fields;
  return csm && csmEmail ? `${csm} <${csmEmail}>` : GENERIC_SENDER;
}

/** The template as the admin built it: greeting token Gainsight leaves to the editor, signed by the account's CSM. */
function taskBody(sa: SandboxAccount, email: PlaybookEmail): string {
  const csm = sa.account.fields.csm ?? 'The GitLab Customer Success team';
  return [
    `<p>Hi {{contact.firstName}},</p>`,
    `<p>${escapeHtml(email.lead)}</p>`,
    `<p>We put together a few resources for the ${escapeHtml(sa.account.name)} team: <a href="https://docs.gitlab.example/">GitLab Docs</a>.</p>`,
    `<p>Best regards,<br>${escapeHtml(csm)}</p>`,
  ].join('');
}

export function createCta(state: SandboxState, input: unknown): Outcome<Cta> {
  const body = isRecord(input) ? input : {};
  const problems: FieldProblem[] = [];
  const type = str(body.type);
  const name = str(body.name);
  const reason = str(body.reason);
  const dueDate = str(body.dueDate);
  const playbookName = str(body.playbook);
  const companyId = str(body.companyId);
  if (!(CTA_TYPES as readonly string[]).includes(type)) problems.push({ field: 'Type', message: 'Type is required' });
  if (!name) problems.push({ field: 'Name', message: 'Name is required' });
  if (!(CTA_REASONS as readonly string[]).includes(reason)) problems.push({ field: 'Reason', message: 'Reason is required' });
  if (!isIsoDate(dueDate)) problems.push({ field: 'Due Date', message: 'Due Date is required' });
  const playbook = playbookName ? findPlaybook(playbookName) : undefined;
  if (playbookName && !playbook) problems.push({ field: 'Playbook', message: `Unknown playbook: ${playbookName}` });
  const company = findAccountByGainsightId(state, companyId);
  if (!company) problems.push({ field: 'Company', message: 'Company is required' });
  if (problems.length > 0 || !company) return { ok: false, problems };

  const seq = nextSequence(state);
  const id = gainsightIdFor('1I00', `cta-${seq}`);
  const createdOn: IsoDate = state.today;
  const days = playbook ? state.switches.playbookDueDays[playbook.name] : undefined;
  const tasks: CtaTask[] = (playbook?.emails ?? []).map((email, i) => ({
    id: gainsightIdFor('1I01', `cta-${seq}-task-${i}`),
    ctaId: id,
    name: email.name,
    kind: 'Email',
    dueDate: addDays(createdOn, days?.[i] ?? email.dueInDays),
    status: 'Open',
    owner: GAINSIGHT_USER,
    subject: email.subject,
    bodyHtml: taskBody(company, email),
    from: taskSender(company),
    cc: company.account.fields.csmEmail ? [company.account.fields.csmEmail] : [],
  }));
  const cta: Cta = {
    id,
    companyId: company.gainsightId,
    companyName: company.account.name,
    type,
    name,
    reason,
    dueDate,
    playbook: playbook?.name ?? null,
    status: 'Open',
    owner: GAINSIGHT_USER,
    createdOn,
    tasks,
  };
  state.ctas.push(cta);
  return { ok: true, value: cta };
}

const EMAIL_RE = /^[^\s@,;<>]+@[^\s@,;<>]+\.[^\s@,;<>]+$/;

function emailList(v: unknown): string[] {
  if (!Array.isArray(v)) return [];
  return v.map((x) => (typeof x === 'string' ? x.trim() : String(x))).filter((x) => x !== '');
}

export function recordEmail(state: SandboxState, input: unknown): Outcome<RecordedEmail> {
  const body = isRecord(input) ? input : {};
  const problems: FieldProblem[] = [];
  const cta = state.ctas.find((c) => c.id === body.ctaId);
  const task = cta?.tasks.find((t) => t.id === body.taskId);
  if (!cta || !task) return { ok: false, problems: [{ field: 'Task', message: 'This task no longer exists' }] };
  const status = body.status === 'sent' || body.status === 'draft' ? body.status : null;
  if (!status) problems.push({ field: 'Status', message: 'Unknown action' });
  const to = emailList(body.to);
  const cc = emailList(body.cc);
  const badTo = to.filter((e) => !EMAIL_RE.test(e));
  const badCc = cc.filter((e) => !EMAIL_RE.test(e));
  if (badTo.length) problems.push({ field: 'To', message: `Invalid email address: ${badTo.join(', ')}` });
  if (badCc.length) problems.push({ field: 'CC', message: `Invalid email address: ${badCc.join(', ')}` });
  if (status === 'sent' && to.length === 0) problems.push({ field: 'To', message: 'Add at least one recipient' });
  const subject = typeof body.subject === 'string' ? body.subject : '';
  if (status === 'sent' && subject.trim() === '') problems.push({ field: 'Subject', message: 'Subject is required' });
  const bodyHtml = typeof body.bodyHtml === 'string' ? body.bodyHtml : '';
  if (problems.length > 0 || !status) return { ok: false, problems };

  const email: RecordedEmail = {
    id: gainsightIdFor('1S01', `email-${nextSequence(state)}`),
    ctaId: cta.id,
    taskId: task.id,
    companyId: cta.companyId,
    to,
    cc,
    subject,
    bodyHtml,
    status,
    at: new Date().toISOString(),
  };
  state.emails.push(email);
  if (status === 'sent') task.status = 'Completed';
  else {
    // The draft becomes what the task opens with next time, as in the real editor.
    task.subject = subject;
    task.bodyHtml = bodyHtml;
  }
  return { ok: true, value: email };
}
