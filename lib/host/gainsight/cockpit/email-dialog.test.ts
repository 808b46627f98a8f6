// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openEditEmail } from '../../../../test/sandbox/gainsight/client/email-dialog';
import type { CtaDetailView, TaskView } from '../../../../test/sandbox/gainsight/view-model';
import { fillEmailDialog } from './email-dialog';
import { findEditEmailDialog } from './email-dialog-find';
import { watchDialogOutcome, type DialogOutcome } from './send-watch';

vi.mock('../../../shared/email/sanitize', async () => (await import('./sanitize.test-support')).benignSanitizer);

/** A task whose template is empty: the catalog's text fills it. */
const task: TaskView = {
  id: 'T1', name: 'Email 1: Welcome', kind: 'Email', dueDate: 'Nov 23, 2026', dueIso: '2026-11-23', status: 'Open', owner: 'Casey Morgan',
  subject: '', bodyHtml: '', from: 'Jordan Kim <jkim@gitlab.example>', cc: [], draft: null,
};
/** The playbook's own template, signed by the account's CSM, with a token Gainsight left for the editor. */
const template: TaskView = {
  ...task, subject: 'Welcome to GitLab, {{account.name}}', bodyHtml: '<p>Hi {{contact.firstName}},</p><p>Best regards,<br>Jordan Kim</p>', cc: ['jkim@gitlab.example'],
};
const cta = {
  id: 'CTA1', companyId: 'C1', companyName: 'Acme', tasks: [task],
  people: [{ id: 'P1', name: 'Ada Admin', email: 'ada@acme.example', roles: ['GitLab Admin'], soldTo: false }],
} as unknown as CtaDetailView;
const email = { to: ['ada@acme.example', 'not an address'], cc: ['csm@gitlab.example'], subject: 'Welcome,\nAcme', html: '<p>Hi <strong>Ada</strong></p>', values: { 'contact.firstName': 'Ada', 'account.name': 'Acme' } };

function capturePosts(status = 201): Array<Record<string, unknown>> {
  const posts: Array<Record<string, unknown>> = [];
  vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
    posts.push(JSON.parse(String(init.body)) as Record<string, unknown>);
    const body = status === 201 ? { id: 'E1' } : { problems: [{ field: 'To', message: 'Invalid email address' }] };
    return new Response(JSON.stringify(body), { status });
  });
  return posts;
}

const button = (name: string) => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === name)!;

/**
 * A click as the user makes it. Only the browser can make a trusted event; this DOM lets the test mark
 * one, so the outcome logic is tested here and the trust check by the browser tests and the case below.
 */
function userClick(element: HTMLElement): void {
  const event = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  element.dispatchEvent(event);
}

function open(): { dialog: HTMLElement; outcomes: DialogOutcome[]; controller: AbortController } {
  openEditEmail(cta, task, () => undefined);
  const dialog = findEditEmailDialog(document)!;
  const outcomes: DialogOutcome[] = [];
  const controller = new AbortController();
  watching.push(controller);
  watchDialogOutcome(dialog, controller.signal, (o) => outcomes.push(o));
  return { dialog, outcomes, controller };
}

/** Every watch a test started: stopped after it, so no batched check runs once the test's DOM is gone. */
const watching: AbortController[] = [];

afterEach(() => {
  for (const controller of watching.splice(0)) controller.abort();
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

describe('the Edit Email dialog', () => {
  it('is filled so the host model holds To, CC, Subject and body, and a draft is not a send', async () => {
    const posts = capturePosts();
    const { dialog, outcomes } = open();
    const report = await fillEmailDialog(dialog, email);
    expect(report).toEqual({ filled: ['To', 'CC'], problems: [], kept: [], fromCatalog: ['Subject', 'Body'] });
    // The host's own recipient picker followed the To field.
    expect(dialog.querySelector<HTMLInputElement>('input[type="checkbox"]')!.checked).toBe(true);

    userClick(button('Save as Draft'));
    await vi.waitFor(() => expect(outcomes).toEqual(['draft']));
    expect(posts[0]).toMatchObject({ status: 'draft', to: ['ada@acme.example'], cc: ['csm@gitlab.example'], subject: 'Welcome, Acme', bodyHtml: '<p>Hi <strong>Ada</strong></p>' });
  });

  it("keeps the playbook's template, its CC and sender, filling only its tokens and the recipients", async () => {
    const posts = capturePosts();
    openEditEmail(cta, template, () => undefined);
    const dialog = findEditEmailDialog(document)!;
    const report = await fillEmailDialog(dialog, email);
    expect(report).toEqual({ filled: ['To'], problems: [], kept: ['CC', 'Subject', 'Body'], fromCatalog: [] });
    expect(dialog.querySelector<HTMLInputElement>('input[readonly]')!.value).toBe('Jordan Kim <jkim@gitlab.example>');
    userClick(button('Save as Draft'));
    await vi.waitFor(() => expect(posts).toHaveLength(1));
    expect(posts[0]).toMatchObject({ to: ['ada@acme.example'], cc: ['jkim@gitlab.example'], subject: 'Welcome to GitLab, Acme', bodyHtml: '<p>Hi Ada,</p><p>Best regards,<br>Jordan Kim</p>' });
  });

  it('fills nothing while the template has a token without a value, and says which', async () => {
    openEditEmail(cta, { ...template, bodyHtml: '<p>Take the survey: {{survey.url}}</p>' }, () => undefined);
    const dialog = findEditEmailDialog(document)!;
    const report = await fillEmailDialog(dialog, email);
    expect(report.filled).toEqual([]);
    expect(report.problems).toEqual([expect.stringContaining('no value for {{survey.url}}')]);
    expect(dialog.querySelector('[role="textbox"][aria-label="Email body"]')!.innerHTML).toContain('{{survey.url}}');
  });

  it('tells a Send that went through from one the host refused', async () => {
    capturePosts(400);
    const { dialog, outcomes } = open();
    await fillEmailDialog(dialog, email);
    button('Preview and Proceed').click();
    await vi.waitFor(() => expect(button('Send')).toBeTruthy());
    userClick(button('Send'));
    // Refused: the dialog stays open with an alert; then the user gives up.
    await vi.waitFor(() => expect(dialog.querySelector('[role="alert"]')?.textContent).toContain('Invalid'));
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    await vi.waitFor(() => expect(outcomes).toEqual(['closed']));
  });

  it('reports a Send once the dialog closes after it', async () => {
    const posts = capturePosts();
    const { dialog, outcomes } = open();
    await fillEmailDialog(dialog, email);
    button('Preview and Proceed').click();
    await vi.waitFor(() => expect(button('Send')).toBeTruthy());
    userClick(button('Send'));
    await vi.waitFor(() => expect(outcomes).toEqual(['sent']));
    expect(posts.at(-1)).toMatchObject({ status: 'sent' });
  });

  it('never takes a Send the page script clicked for one the user made', async () => {
    const posts = capturePosts();
    const { dialog, outcomes } = open();
    await fillEmailDialog(dialog, email);
    button('Preview and Proceed').click();
    await vi.waitFor(() => expect(button('Send')).toBeTruthy());
    button('Send').click();
    await vi.waitFor(() => expect(outcomes).toEqual(['closed']));
    // The host did send it; the extension records nothing for it.
    expect(posts.at(-1)).toMatchObject({ status: 'sent' });
  });

  it('stops watching when the page app navigates away', async () => {
    capturePosts();
    const { outcomes, controller } = open();
    controller.abort();
    button('Save as Draft').click();
    await new Promise((r) => setTimeout(r, 50));
    expect(outcomes).toEqual([]);
  });
});

describe('the Edit Email dialog with token pickers for To and CC', () => {
  function tokenTenant(): void {
    const root = document.createElement('gs-app-root');
    root.setAttribute('data-forms', 'aria');
    document.body.append(root);
  }
  const tokens = (label: string) => [...document.querySelectorAll(`[aria-label="${label} recipients"] li`)].map((li) => li.firstChild?.textContent?.trim());

  it('makes each address a token, from the suggestion that is exactly it or by Enter, and the host sends the tokens', async () => {
    const posts = capturePosts();
    tokenTenant();
    const { dialog } = open();
    const report = await fillEmailDialog(dialog, email);
    expect(report).toEqual({ filled: ['To', 'CC'], problems: [], kept: [], fromCatalog: ['Subject', 'Body'] });
    expect(tokens('To')).toEqual(['ada@acme.example']);
    expect(tokens('CC')).toEqual(['csm@gitlab.example']);
    userClick(button('Save as Draft'));
    await vi.waitFor(() => expect(posts).toHaveLength(1));
    expect(posts[0]).toMatchObject({ to: ['ada@acme.example'], cc: ['csm@gitlab.example'] });
  });

  it('removes a token left from a draft that is not a recipient now', async () => {
    capturePosts();
    tokenTenant();
    openEditEmail(cta, { ...task, draft: { to: ['old@acme.example'], cc: [] } } as TaskView, () => undefined);
    const report = await fillEmailDialog(findEditEmailDialog(document)!, { ...email, cc: [] });
    expect(report.problems).toEqual([]);
    expect(tokens('To')).toEqual(['ada@acme.example']);
  });
});
