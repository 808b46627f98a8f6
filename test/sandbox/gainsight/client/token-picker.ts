/**
 * A recipient token picker (the combobox tenant's To and CC): chosen addresses are tokens with a remove
 * button, and a combobox input suggests the company's people as you type. A suggestion clicked, or an
 * address followed by Enter or a comma, becomes a token; the text typed is never a recipient by itself.
 */
import type { ContactView } from '../view-model';
import { h, uid } from './dom';

export interface TokenPicker {
  el: HTMLElement;
  input: HTMLInputElement;
}

const EMAIL = /^[^\s@,;<>]+@[^\s@,;<>]+\.[^\s@,;<>]+$/;

export function tokenPicker(label: string, people: readonly ContactView[], initial: readonly string[], onChange: (emails: string[]) => void): TokenPicker {
  const labelId = uid('lbl');
  const listId = uid('suggest');
  let tokens = [...initial];
  const chips = h('ul', { attrs: { role: 'list', 'aria-label': `${label} recipients`, style: 'display:inline;list-style:none;margin:0;padding:0' } });
  const input = h('input', {
    attrs: {
      type: 'text', id: uid('fld'), role: 'combobox', 'aria-labelledby': labelId, 'aria-autocomplete': 'list', 'aria-expanded': 'false',
      'aria-controls': listId, autocomplete: 'off', placeholder: 'Add recipients',
    },
  }) as HTMLInputElement;
  const suggestions = h('ul', { attrs: { role: 'listbox', id: listId, 'aria-label': `${label} suggestions`, hidden: '', style: 'list-style:none;margin:0;padding:0;border:1px solid #dde3ea' } });

  const render = () => {
    chips.replaceChildren(
      ...tokens.map((email) => {
        const remove = h('button', { attrs: { type: 'button', 'aria-label': `Remove ${email}`, style: 'border:0;padding:0 4px' } }, '×');
        remove.addEventListener('click', () => {
          tokens = tokens.filter((t) => t !== email);
          render();
        });
        return h('li', { cls: 'gs-token', attrs: { style: 'display:inline-block;background:#e8f0fb;border-radius:10px;padding:1px 8px;margin:2px' } }, email, remove);
      }),
    );
    onChange([...tokens]);
  };
  const add = (email: string) => {
    if (!tokens.some((t) => t.toLowerCase() === email.toLowerCase())) tokens.push(email);
    input.value = '';
    suggest();
    render();
  };
  const suggest = () => {
    const q = input.value.trim().toLowerCase();
    const found = q ? people.filter((p) => p.email && (p.email.toLowerCase().includes(q) || p.name.toLowerCase().includes(q))) : [];
    suggestions.replaceChildren(
      ...found.map((p) => {
        const option = h('li', { attrs: { role: 'option', id: uid('opt'), 'aria-selected': 'false', style: 'cursor:pointer;padding:2px 6px' } }, `${p.name} <${p.email}>`);
        option.addEventListener('click', () => add(p.email));
        return option;
      }),
    );
    suggestions.toggleAttribute('hidden', found.length === 0);
    input.setAttribute('aria-expanded', String(found.length > 0));
  };
  input.addEventListener('input', suggest);
  input.addEventListener('keydown', (e) => {
    const text = input.value.trim();
    if ((e.key === 'Enter' || e.key === ',') && EMAIL.test(text)) {
      e.preventDefault();
      add(text);
    }
  });
  render();
  const el = h(
    'div',
    { rawCls: 'gs-form-row' },
    h('label', { attrs: { id: labelId, for: input.id } }, label),
    h('div', { cls: 'gs-token-field', attrs: { role: 'group', 'aria-labelledby': labelId, style: 'border:1px solid #dde3ea;border-radius:3px;padding:3px' } }, chips, input),
    suggestions,
  );
  return { el, input };
}
