/**
 * Gainsight's own dropdowns, as its Angular components render them: a `role="combobox"` trigger showing
 * the chosen value, and a listbox rendered in an overlay at the end of <body> (outside the dialog, like
 * Angular CDK overlays), reached only through the trigger's `aria-controls`. Nothing here is a native
 * control: the value is whatever option was clicked. A searchable picker adds a search box whose options
 * arrive with the answer to a request, not before.
 */
import { h, uid } from './dom';

export interface AriaSelect {
  el: HTMLElement;
  /** Shows `value` as chosen (a preset, like the company of the page the form opened from). */
  set(value: string): void;
}

export interface AriaSelectOptions {
  labelId: string;
  placeholder: string;
  required?: boolean;
  onChange(value: string): void;
  /** The options, at once; or, for a searchable picker, a search that answers with them later. */
  options?: readonly string[];
  search?: (query: string, signal: AbortSignal) => Promise<readonly string[]>;
}

export function ariaSelect(o: AriaSelectOptions): AriaSelect {
  const listId = uid('listbox');
  const shown = h('span', { cls: 'gs-select-value' }, o.placeholder);
  const trigger = h(
    'div',
    {
      cls: 'gs-select',
      attrs: {
        role: 'combobox', tabindex: '0', 'aria-haspopup': 'listbox', 'aria-expanded': 'false', 'aria-controls': listId,
        'aria-labelledby': o.labelId, ...(o.required ? { 'aria-required': 'true' } : {}),
        style: 'border:1px solid #dde3ea;border-radius:3px;padding:5px 6px;cursor:pointer',
      },
    },
    shown,
    h('span', { attrs: { 'aria-hidden': 'true' } }, '▾'),
  );
  let overlay: HTMLElement | null = null;
  let pending: AbortController | null = null;

  const set = (value: string) => {
    shown.textContent = value || o.placeholder;
  };
  const close = () => {
    pending?.abort();
    overlay?.remove();
    overlay = null;
    trigger.setAttribute('aria-expanded', 'false');
    document.removeEventListener('mousedown', outside, true);
  };
  const outside = (e: MouseEvent) => {
    if (e.target instanceof Node && !overlay?.contains(e.target) && !trigger.contains(e.target)) close();
  };
  const fill = (list: HTMLElement, names: readonly string[]) => {
    list.replaceChildren(
      ...names.map((name) => {
        const option = h('li', { attrs: { role: 'option', id: uid('opt'), 'aria-selected': 'false', style: 'padding:4px 10px;cursor:pointer' } }, name);
        option.addEventListener('click', () => {
          set(name);
          o.onChange(name);
          close();
          trigger.focus();
        });
        return option;
      }),
    );
  };

  const open = () => {
    const list = h('ul', { attrs: { role: 'listbox', id: listId, 'aria-labelledby': o.labelId, style: 'list-style:none;margin:0;padding:4px 0;max-height:220px;overflow:auto' } });
    const box = h('div', { rawCls: 'gs-menu', attrs: { style: `position:fixed;left:${trigger.getBoundingClientRect().left}px;top:${trigger.getBoundingClientRect().bottom}px;min-width:320px;z-index:30` } });
    overlay = h('div', { cls: 'gs-overlay-pane' }, box);
    if (o.search) {
      const search = o.search;
      const input = h('input', { attrs: { type: 'text', role: 'searchbox', 'aria-label': 'Search', 'aria-controls': listId, placeholder: 'Search', autocomplete: 'off' } }) as HTMLInputElement;
      const status = h('div', { attrs: { role: 'status', style: 'padding:4px 10px;color:#7a8794' } }, 'Type to search');
      input.addEventListener('input', () => {
        pending?.abort();
        const controller = new AbortController();
        pending = controller;
        list.setAttribute('aria-busy', 'true');
        status.textContent = 'Loading…';
        list.replaceChildren();
        search(input.value, controller.signal)
          .then((names) => {
            if (controller.signal.aborted) return;
            fill(list, names);
            list.setAttribute('aria-busy', 'false');
            status.textContent = names.length ? '' : 'No results';
          })
          .catch(() => undefined);
      });
      box.append(input, status, list);
      document.body.append(overlay);
      input.focus();
    } else {
      fill(list, o.options ?? []);
      box.append(list);
      document.body.append(overlay);
    }
    trigger.setAttribute('aria-expanded', 'true');
    document.addEventListener('mousedown', outside, true);
  };

  trigger.addEventListener('click', () => (overlay ? close() : open()));
  trigger.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') close();
    else if ((e.key === 'ArrowDown' || e.key === 'Enter') && !overlay) open();
  });
  return { el: trigger, set };
}
