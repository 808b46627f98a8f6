/** Modal dialogs: role=dialog named by its heading; Escape or a route change closes them. */
import { append, h, uid, type Child } from './dom';

export interface DialogHandle {
  root: HTMLElement;
  body: HTMLElement;
  close(): void;
}

const open = new Set<DialogHandle>();

export function openDialog(title: string, ...content: Child[]): DialogHandle {
  const titleId = uid('dlg-title');
  const backdrop = h('div', { rawCls: 'gs-backdrop' });
  const body = h('div', { cls: 'gs-dialog-body' });
  append(body, ...content);
  const root = h(
    'div',
    { cls: 'gs-dialog', attrs: { role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': titleId } },
    h('h2', { cls: 'gs-dialog-title', attrs: { id: titleId } }, title),
    body,
  );
  const handle: DialogHandle = {
    root,
    body,
    close() {
      backdrop.remove();
      root.remove();
      document.removeEventListener('keydown', onKey);
      open.delete(handle);
    },
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') handle.close();
  };
  document.addEventListener('keydown', onKey);
  document.body.append(backdrop, root);
  open.add(handle);
  return handle;
}

export function closeAllDialogs(): void {
  for (const d of [...open]) d.close();
}

/** A label + control pair the accessible way: `<label for>` pointing at the control's id. */
export function formRow(label: string, control: HTMLElement): HTMLElement {
  const id = control.id || uid('fld');
  control.id = id;
  return h('div', { rawCls: 'gs-form-row' }, h('label', { attrs: { for: id } }, label), control);
}

export function select(options: { value: string; label: string }[], value: string): HTMLSelectElement {
  const el = h('select') as HTMLSelectElement;
  for (const o of options) {
    const opt = document.createElement('option');
    opt.value = o.value;
    opt.textContent = o.label;
    el.appendChild(opt);
  }
  el.value = value;
  return el;
}

export function alertBox(): HTMLElement {
  return h('div', { rawCls: 'gs-error', attrs: { role: 'alert' } });
}
