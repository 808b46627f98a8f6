/**
 * A task's Due Date in its details, as Cockpit lets a CSM change it: the date is saved as soon as it is
 * picked (no Save button), then Cockpit offers to move the next open tasks, and the CTA, by as many days:
 * "Yes for Tasks & CTA", "Yes" or "No". The combobox tenant types dates as MM/DD/YYYY, as its Create CTA
 * form does; the others use the browser's date input.
 */
import type { CtaDetailView, TaskView } from '../view-model';
import { postJson, problemsText } from './api';
import { ariaForms } from './cta-form';
import { h, uid } from './dom';

const MDY = /^(\d{2})\/(\d{2})\/(\d{4})$/;

function isoFromMdy(text: string): string {
  const m = MDY.exec(text.trim());
  return m ? `${m[3]}-${m[1]}-${m[2]}` : '';
}

const mdyFromIso = (iso: string) => `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(0, 4)}`;

interface Moved {
  cta: CtaDetailView;
  movedDays: number;
}

function offer(task: TaskView, days: number, onChanged: (cta: CtaDetailView) => void, close: () => void): HTMLElement {
  const messageId = uid('offer');
  const n = Math.abs(days);
  const message = `Also move the due dates of the next open tasks ${days > 0 ? 'later' : 'earlier'} by ${n} day${n === 1 ? '' : 's'}?`;
  const button = (label: string, withCta: boolean | null) => {
    const b = h('button', { attrs: { type: 'button' } }, label);
    b.addEventListener('click', () => {
      close();
      if (withCta !== null) void postJson<Moved>(`tasks/${encodeURIComponent(task.id)}/shift`, { days, withCta }).then((r) => onChanged(r.cta));
    });
    return b;
  };
  return h('div', { rawCls: 'gs-due-offer', attrs: { role: 'alertdialog', 'aria-labelledby': messageId } },
    h('p', { attrs: { id: messageId } }, message),
    button('Yes for Tasks & CTA', true), button('Yes', false), button('No', null));
}

export function taskDueField(task: TaskView, onChanged: (cta: CtaDetailView) => void): HTMLElement {
  const aria = ariaForms();
  const inputId = uid('fld');
  const input = h('input', {
    attrs: aria
      ? { type: 'text', id: inputId, autocomplete: 'off', placeholder: 'MM/DD/YYYY', value: mdyFromIso(task.dueIso) }
      : { type: 'date', id: inputId, value: task.dueIso },
  }) as HTMLInputElement;
  const error = h('p', { attrs: { role: 'alert' } });
  const field = h('gs-field', { cls: 'gs-fld' }, h('label', { cls: 'gs-lbl', attrs: { for: inputId } }, 'Due Date'), input, error);
  let open: HTMLElement | null = null;
  const close = () => {
    open?.remove();
    open = null;
  };
  input.addEventListener('change', () => {
    close();
    error.textContent = '';
    const dueDate = aria ? isoFromMdy(input.value) : input.value;
    if (!dueDate) {
      error.textContent = aria ? 'Enter the date as MM/DD/YYYY' : 'Enter a valid date';
      return;
    }
    postJson<Moved>(`tasks/${encodeURIComponent(task.id)}/due`, { dueDate })
      .then(({ cta, movedDays }) => {
        onChanged(cta);
        if (movedDays !== 0 && input.isConnected) field.append((open = offer(task, movedDays, onChanged, close)));
      })
      .catch((e: unknown) => (error.textContent = problemsText(e)));
  });
  return field;
}
