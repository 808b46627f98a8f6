// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderCockpit } from '../../../../test/sandbox/gainsight/client/cockpit';
import type { CtaDetailView, TaskView } from '../../../../test/sandbox/gainsight/view-model';
import { readCtaPage } from './cta-page';
import { setTaskDates } from './task-dates';

const task = (id: string, name: string, dueIso: string, dueDate: string): TaskView => ({
  id, name, kind: 'Email', dueDate, dueIso, status: 'Open', owner: 'Casey Morgan', subject: 's', bodyHtml: '', from: 'Casey Morgan <casey@gitlab.example>', cc: [], draft: null,
});
const cta: CtaDetailView = {
  id: 'CTA1', name: 'Net-New Onboarding – Acme', type: 'Digital Journey', reason: 'Onboarding', status: 'Open', dueDate: 'Nov 23, 2026',
  playbook: 'Net-New Onboarding Email Series', owner: 'Casey Morgan', companyId: 'C1', companyName: 'Acme Corp', people: [],
  tasks: [task('T1', 'Email 1: Welcome to GitLab', '2026-11-23', 'Nov 23, 2026'), task('T2', 'Email 2: Organize your work', '2026-11-26', 'Nov 26, 2026')],
};
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const shown = (iso: string) => `${MONTHS[Number(iso.slice(5, 7)) - 1]} ${Number(iso.slice(8))}, ${iso.slice(0, 4)}`;

/** Cockpit's backend: the CTA, and a task's new due date saved as it is picked. */
function stubCockpit(): { saved: { taskId: string; dueDate: string }[]; shifts: unknown[] } {
  const calls = { saved: [] as { taskId: string; dueDate: string }[], shifts: [] as unknown[] };
  vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
    const due = /tasks\/(\w+)\/due$/.exec(url);
    if (due && init?.body) {
      const { dueDate } = JSON.parse(String(init.body)) as { dueDate: string };
      calls.saved.push({ taskId: due[1]!, dueDate });
      const t = cta.tasks.find((x) => x.id === due[1])!;
      const updated = { ...cta, tasks: cta.tasks.map((x) => (x === t ? { ...x, dueIso: dueDate, dueDate: shown(dueDate) } : x)) };
      return new Response(JSON.stringify({ cta: updated, movedDays: 4 }), { status: 200 });
    }
    if (url.includes('/shift')) calls.shifts.push(init?.body);
    return new Response(JSON.stringify(cta), { status: 200 });
  });
  return calls;
}

async function openCta(forms: 'native' | 'aria'): Promise<void> {
  const app = document.createElement('gs-app-root');
  app.setAttribute('data-forms', forms);
  const outlet = document.createElement('gs-router-outlet');
  app.append(outlet);
  document.body.append(app);
  await renderCockpit({ outlet, signal: new AbortController().signal, meta: {} as never, url: new URL('https://t.gainsightcloud.com/v1/ui/cockpit?ctaId=CTA1'), navigate: () => undefined });
}

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

const options = () => ({ signal: new AbortController().signal, dateOrder: () => 'MDY' as const });

describe("setting a saved CTA's task due dates in Cockpit", () => {
  it.each(['native', 'aria'] as const)("opens each task, types its Due Date in the field's own format (%s forms) and answers No to moving the others", async (forms) => {
    const calls = stubCockpit();
    await openCta(forms);
    const report = await setTaskDates(document, [{ name: 'Email 2: Organize your work', due: '2026-11-30' }], options());
    expect(report).toEqual({ filled: ['Email 2: Organize your work'], problems: [] });
    expect(calls.saved).toEqual([{ taskId: 'T2', dueDate: '2026-11-30' }]);
    expect(calls.shifts).toEqual([]);
    const input = document.querySelector<HTMLInputElement>('gs-task-detail input')!;
    expect(input.value).toBe(forms === 'aria' ? '11/30/2026' : '2026-11-30');
    expect(document.querySelector('[role="alertdialog"]')).toBeNull();
    expect(readCtaPage(document).tasks.map((t) => t.due)).toEqual(['Nov 23, 2026', 'Nov 30, 2026']);
  });

  it('names a task the Tasks list does not show, and sets the rest', async () => {
    stubCockpit();
    await openCta('native');
    const report = await setTaskDates(document, [{ name: 'Email 9: Gone', due: '2026-11-30' }, { name: 'Email 1: Welcome to GitLab', due: '2026-11-24' }], options());
    expect(report.filled).toEqual(['Email 1: Welcome to GitLab']);
    expect(report.problems).toEqual(['"Email 9: Gone" is not in the CTA\'s Tasks list: set its Due Date to 2026-11-30 by hand.']);
  });
});
