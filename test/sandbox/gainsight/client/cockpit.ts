/** Cockpit pages: the CTA list, one CTA with its Email Tasks, and a task's detail with Validate Email. */
import type { CtaDetailView, CtaListItemView, TaskView } from '../view-model';
import { getJson } from './api';
import { openCreateCta } from './cta-form';
import { clear, h, link, skeleton, toast, uid } from './dom';
import { openEditEmail } from './email-dialog';
import type { PageContext } from './page-context';
import { taskDueField } from './task-due';

export async function renderCockpit(ctx: PageContext): Promise<void> {
  const ctaId = ctx.url.searchParams.get('ctaId');
  if (ctaId) return renderCta(ctx, ctaId);
  return renderList(ctx, ctx.url.searchParams.get('cid'), ctx.url.searchParams.get('create') === '1');
}

async function renderList(ctx: PageContext, cid: string | null, create: boolean): Promise<void> {
  const page = h('gs-cockpit-list', { cls: 'gs-cockpit', attrs: { 'aria-busy': 'true' } }, skeleton(4));
  ctx.outlet.append(page);
  const company = cid ? ctx.meta.companies.find((c) => c.cid === cid) : undefined;
  const openForm = () => openCreateCta(ctx.meta, cid, (cta) => ctx.navigate(`/v1/ui/cockpit?ctaId=${encodeURIComponent(cta.id)}`));
  if (create) openForm();
  let ctas: CtaListItemView[];
  try {
    ctas = await getJson<CtaListItemView[]>(`cockpit/ctas${cid ? `?cid=${encodeURIComponent(cid)}` : ''}`, ctx.signal);
  } catch {
    return;
  }
  if (ctx.signal.aborted) return;
  clear(page);
  const createButton = h('button', { rawCls: 'gs-primary', attrs: { type: 'button' } }, 'Create CTA');
  createButton.addEventListener('click', openForm);
  const columns = ['Name', 'Company', 'Type', 'Due Date', 'Status', 'Tasks'];
  page.append(
    h('gs-section', {},
      h('h1', {}, 'Cockpit'),
      company ? h('p', { cls: 'gs-filter' }, `Company: ${company.name}`) : null,
      createButton,
      h('table', { attrs: { 'aria-label': 'CTAs' } },
        h('thead', {}, h('tr', {}, ...columns.map((c) => h('th', { attrs: { scope: 'col' } }, c)))),
        h('tbody', {}, ...ctas.map((c) =>
          h('tr', { attrs: { 'data-cta-id': c.id } },
            h('td', {}, link(`/v1/ui/cockpit?ctaId=${encodeURIComponent(c.id)}`, c.name)),
            h('td', {}, link(`/v1/ui/customersuccess360?cid=${encodeURIComponent(c.companyId)}`, c.companyName)),
            h('td', {}, c.type), h('td', {}, c.dueDate), h('td', {}, c.status), h('td', {}, `${c.tasksDone}/${c.tasksTotal}`)))),
      ),
      ctas.length === 0 ? h('p', { cls: 'gs-empty' }, 'No CTAs yet') : null,
    ),
  );
  page.setAttribute('aria-busy', 'false');
}

function detailField(label: string, value: string | HTMLElement): HTMLElement {
  const id = uid('lbl');
  return h('gs-field', { cls: 'gs-fld', attrs: { role: 'group', 'aria-labelledby': id } }, h('span', { cls: 'gs-lbl', attrs: { id } }, label), h('span', { cls: 'gs-val' }, value));
}

async function renderCta(ctx: PageContext, ctaId: string): Promise<void> {
  const page = h('gs-cta-detail', { cls: 'gs-cta', attrs: { 'aria-busy': 'true' } }, skeleton(6));
  ctx.outlet.append(page);
  let cta: CtaDetailView;
  try {
    cta = await getJson<CtaDetailView>(`cockpit/ctas/${encodeURIComponent(ctaId)}`, ctx.signal);
  } catch {
    if (ctx.signal.aborted) return;
    clear(page);
    page.append(h('gs-section', {}, h('h1', {}, 'CTA not found')));
    return;
  }
  if (ctx.signal.aborted) return;
  clear(page);
  document.title = `${cta.name} - Cockpit - Gainsight`;
  const detail = h('gs-task-detail', { cls: 'gs-task-panel', attrs: { role: 'region', 'aria-label': 'Task details' } }, h('p', { cls: 'gs-empty' }, 'Select a task to see its details.'));
  const taskItems = cta.tasks.map((t) => taskItem(t, () => showTask(ctx, cta, t, detail, taskItems)));
  page.append(
    h('gs-section', {},
      h('h1', { cls: 'gs-cta-name' }, cta.name),
      h('div', {},
        detailField('Company', link(`/v1/ui/customersuccess360?cid=${encodeURIComponent(cta.companyId)}`, cta.companyName)),
        detailField('Type', cta.type), detailField('Reason', cta.reason), detailField('Playbook', cta.playbook),
        detailField('Due Date', cta.dueDate), detailField('Status', cta.status), detailField('Owner', cta.owner)),
    ),
    h('gs-section', {}, h('h2', {}, 'Tasks'), h('ul', { cls: 'gs-task-list', attrs: { 'aria-label': 'Tasks', style: 'list-style:none;margin:0;padding:0' } }, ...taskItems)),
    h('gs-section', {}, detail),
  );
  page.setAttribute('aria-busy', 'false');
}

/** A checklist row named by its task: envelope icon (aria-label "Email Task"), name, due date; click the row to open it. */
function taskItem(t: TaskView, onOpen: () => void): HTMLElement {
  const nameId = uid('task');
  const item = h(
    'li',
    { rawCls: 'gs-task', attrs: { 'data-task-id': t.id, tabindex: '0', 'aria-selected': 'false', 'aria-labelledby': nameId } },
    h('span', { cls: 'gs-icon-envelope', attrs: { role: 'img', 'aria-label': 'Email Task' } }, '✉'),
    h('span', { cls: 'gs-task-name', attrs: { id: nameId } }, t.name),
    h('span', { cls: 'gs-task-due', attrs: { 'data-due': '' } }, `Due ${t.dueDate}`),
    h('span', { cls: 'gs-task-status' }, t.status),
  );
  item.addEventListener('click', onOpen);
  item.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') onOpen();
  });
  return item;
}

function showTask(ctx: PageContext, cta: CtaDetailView, task: TaskView, panel: HTMLElement, items: HTMLElement[]): void {
  for (const item of items) item.setAttribute('aria-selected', String(item.dataset.taskId === task.id));
  clear(panel);
  const validate = h('button', { rawCls: 'gs-primary', attrs: { type: 'button' } }, 'Validate Email');
  validate.addEventListener('click', () =>
    openEditEmail(cta, task, (status) => {
      toast(status === 'sent' ? 'Email sent' : 'Draft saved');
      if (ctx.signal.aborted) return;
      clear(ctx.outlet);
      void renderCta(ctx, cta.id);
    }),
  );
  // A changed date shows in the checklist at once, as Cockpit updates its rows in place.
  const showDates = (updated: CtaDetailView) => {
    for (const t of updated.tasks) {
      const known = cta.tasks.find((k) => k.id === t.id);
      if (known) Object.assign(known, { dueDate: t.dueDate, dueIso: t.dueIso });
      const due = items.find((item) => item.dataset.taskId === t.id)?.querySelector('[data-due]');
      if (due) due.textContent = `Due ${t.dueDate}`;
    }
  };
  panel.append(
    h('h3', { cls: 'gs-task-title' }, task.name),
    taskDueField(task, showDates),
    detailField('Status', task.status),
    detailField('Owner', task.owner),
    detailField('Subject', task.subject),
    task.status === 'Completed' ? h('p', {}, 'This email was sent.') : validate,
  );
}
