/**
 * The Create CTA form as the combobox tenant builds it: Company, Type and Reason are comboboxes, Playbook
 * is a searchable picker whose options arrive with a search request, Due Date is typed as MM/DD/YYYY, and
 * required fields carry a `*`. Save checks the required fields first, as the real form does, and posts
 * nothing while one is empty or the date does not read as MM/DD/YYYY.
 */
import type { CtaDetailView, GainsightMeta } from '../view-model';
import { getJson, postJson, problemsText } from './api';
import { ariaSelect } from './aria-select';
import { alertBox, openDialog } from './dialog';
import { h, uid } from './dom';

interface CtaModel {
  type: string;
  name: string;
  reason: string;
  dueDate: string;
  playbook: string;
  companyId: string;
}

const MDY = /^(\d{2})\/(\d{2})\/(\d{4})$/;

/** MM/DD/YYYY → ISO, or '' for anything else (an ISO date typed here is not a date to this field). */
function isoFromMdy(text: string): string {
  const m = MDY.exec(text.trim());
  return m ? `${m[3]}-${m[1]}-${m[2]}` : '';
}

/** A labelled row; `*` after the label of a required field, as Gainsight marks it. */
function row(label: string, labelId: string, control: HTMLElement, required: boolean): HTMLElement {
  const mark = required ? h('span', { cls: 'gs-required', attrs: { 'aria-hidden': 'true', style: 'color:#b3261e' } }, '*') : null;
  const labelEl = control.matches('input')
    ? h('label', { attrs: { id: labelId, for: control.id } }, label, mark)
    : h('span', { attrs: { id: labelId } }, label, mark);
  return h('div', { rawCls: 'gs-form-row' }, labelEl, control);
}

export function openAriaCreateCta(meta: GainsightMeta, companyId: string | null, onSaved: (cta: CtaDetailView) => void): void {
  const model: CtaModel = { type: '', name: '', reason: '', dueDate: '', playbook: '', companyId: companyId ?? '' };
  const ids = { company: uid('lbl'), type: uid('lbl'), name: uid('lbl'), reason: uid('lbl'), due: uid('lbl'), playbook: uid('lbl') };
  const company = ariaSelect({
    labelId: ids.company, placeholder: 'Select Company', required: true, options: meta.companies.map((c) => c.name),
    onChange: (name) => (model.companyId = meta.companies.find((c) => c.name === name)?.cid ?? ''),
  });
  company.set(meta.companies.find((c) => c.cid === companyId)?.name ?? '');
  const type = ariaSelect({ labelId: ids.type, placeholder: 'Select Type', required: true, options: meta.ctaTypes, onChange: (v) => (model.type = v) });
  const reason = ariaSelect({ labelId: ids.reason, placeholder: 'Select Reason', required: true, options: meta.reasons, onChange: (v) => (model.reason = v) });
  const playbook = ariaSelect({
    labelId: ids.playbook, placeholder: 'Select Playbook', onChange: (v) => (model.playbook = v),
    search: (query, signal) => getJson<string[]>(`playbooks?q=${encodeURIComponent(query)}`, signal),
  });
  const name = h('input', { attrs: { type: 'text', id: uid('fld'), autocomplete: 'off', 'aria-required': 'true' } }) as HTMLInputElement;
  const due = h('input', { attrs: { type: 'text', id: uid('fld'), autocomplete: 'off', placeholder: 'MM/DD/YYYY', 'aria-required': 'true' } }) as HTMLInputElement;
  name.addEventListener('input', () => (model.name = name.value));
  due.addEventListener('input', () => (model.dueDate = isoFromMdy(due.value)));
  due.addEventListener('change', () => (model.dueDate = isoFromMdy(due.value)));

  const error = alertBox();
  const save = h('button', { rawCls: 'gs-primary', attrs: { type: 'button' } }, 'Save');
  const cancel = h('button', { attrs: { type: 'button' } }, 'Cancel');
  const dialog = openDialog(
    'Create CTA',
    h(
      'gs-cta-form',
      { cls: 'gs-cta-form' },
      row('Company', ids.company, company.el, true),
      row('Type', ids.type, type.el, true),
      row('Name', ids.name, name, true),
      row('Reason', ids.reason, reason.el, true),
      row('Due Date', ids.due, due, true),
      row('Playbook', ids.playbook, playbook.el, false),
      error,
      h('div', {}, save, cancel),
    ),
  );
  cancel.addEventListener('click', () => dialog.close());
  save.addEventListener('click', () => {
    const missing = (['companyId', 'type', 'name', 'reason', 'dueDate'] as const).filter((k) => model[k] === '');
    if (missing.length) {
      error.textContent = `Fill the required fields: ${missing.join(', ')}`;
      return;
    }
    save.setAttribute('disabled', '');
    postJson<CtaDetailView>('cockpit/ctas', model)
      .then((cta) => {
        dialog.close();
        onSaved(cta);
      })
      .catch((e: unknown) => {
        error.textContent = problemsText(e);
        save.removeAttribute('disabled');
      });
  });
  (companyId ? type.el : company.el).focus();
}
