/**
 * The Create CTA form. Like a framework form it keeps its own model, updated from `input`/`change`
 * events; a value written into a control without an event is not seen on Save (the realistic trap).
 */
import type { CtaDetailView, GainsightMeta } from '../view-model';
import { postJson, problemsText } from './api';
import { openAriaCreateCta } from './cta-form-aria';
import { alertBox, formRow, openDialog, select } from './dialog';
import { h } from './dom';

interface CtaModel {
  type: string;
  name: string;
  reason: string;
  dueDate: string;
  playbook: string;
  companyId: string;
}

function bind(control: HTMLInputElement | HTMLSelectElement, model: CtaModel, key: keyof CtaModel): void {
  const sync = () => {
    model[key] = control.value;
  };
  control.addEventListener('input', sync);
  control.addEventListener('change', sync);
}

/** The tenant's way of building Cockpit forms (data/tenants.ts): native controls unless it says otherwise. */
export const ariaForms = () => document.querySelector('gs-app-root')?.getAttribute('data-forms') === 'aria';

export function openCreateCta(meta: GainsightMeta, companyId: string | null, onSaved: (cta: CtaDetailView) => void): void {
  if (ariaForms()) return openAriaCreateCta(meta, companyId, onSaved);
  const model: CtaModel = { type: '', name: '', reason: '', dueDate: '', playbook: '', companyId: companyId ?? '' };
  const none = (label: string) => ({ value: '', label });
  const type = select([none('Select Type'), ...meta.ctaTypes.map((t) => ({ value: t, label: t }))], model.type);
  const name = h('input', { attrs: { type: 'text', autocomplete: 'off' } }) as HTMLInputElement;
  const reason = select([none('Select Reason'), ...meta.reasons.map((r) => ({ value: r, label: r }))], model.reason);
  const due = h('input', { attrs: { type: 'date' } }) as HTMLInputElement;
  const playbook = select([none('— None —'), ...meta.playbooks.map((p) => ({ value: p, label: p }))], model.playbook);
  const company = select([none('Select Company'), ...meta.companies.map((c) => ({ value: c.cid, label: c.name }))], model.companyId);
  bind(type, model, 'type');
  bind(name, model, 'name');
  bind(reason, model, 'reason');
  bind(due, model, 'dueDate');
  bind(playbook, model, 'playbook');
  bind(company, model, 'companyId');

  const error = alertBox();
  const save = h('button', { rawCls: 'gs-primary', attrs: { type: 'button' } }, 'Save');
  const cancel = h('button', { attrs: { type: 'button' } }, 'Cancel');
  const dialog = openDialog(
    'Create CTA',
    h(
      'gs-cta-form',
      { cls: 'gs-cta-form' },
      formRow('Company', company),
      formRow('Type', type),
      formRow('Name', name),
      formRow('Reason', reason),
      formRow('Due Date', due),
      formRow('Playbook', playbook),
      error,
      h('div', {}, save, cancel),
    ),
  );
  cancel.addEventListener('click', () => dialog.close());
  save.addEventListener('click', () => {
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
  (companyId ? type : company).focus();
}
