// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { valueText } from './labelled-values';

afterEach(() => {
  document.body.innerHTML = '';
});

/** What a value shows a user, whatever renders it: table cells and field values both read through this. */
describe('the text of a value', () => {
  it.each([
    ['plain text, whitespace folded', '<span> Jane\n  Doe </span>', 'Jane Doe'],
    ['a read-only input', '<div><input readonly value="Scale"></div>', 'Scale'],
    ['an empty read-only input', '<div><input readonly value=""></div>', ''],
    ['a select', '<div><select disabled><option>Scale</option><option selected>Enterprise</option></select></div>', 'Enterprise'],
    ['a textarea', '<div><textarea readonly>Renews early</textarea></div>', 'Renews early'],
    ['a checked read-only box', '<div><input type="checkbox" checked disabled></div>', 'Yes'],
    ['an unchecked box', '<div><input type="checkbox" disabled></div>', 'No'],
    ['a chosen radio', '<div><input type="radio" checked disabled></div>', 'Yes'],
    ['a box whose state is also said in words', '<div><input type="checkbox" checked disabled><span>True</span></div>', 'True'],
    ['an image by its alternative text', '<div><img alt="SaaS" src="data:,"></div>', 'SaaS'],
    ['an icon named by aria-label', '<div><span role="img" aria-label="Green"></span></div>', 'Green'],
    ['not a button caption, a hidden helper or a hidden input', '<div><button>Edit</button><span hidden>old</span><span aria-hidden="true">★</span><input type="hidden" value="x">Scale</div>', 'Scale'],
  ])('%s', (_shape, html, text) => {
    document.body.innerHTML = html;
    expect(valueText(document.body.firstElementChild!)).toBe(text);
  });

  it('follows a slot to what the light DOM projects into it', () => {
    document.body.innerHTML = '<gs-field-item><span>Jane Doe</span></gs-field-item>';
    const host = document.querySelector('gs-field-item')!;
    host.attachShadow({ mode: 'open' }).innerHTML = '<div><slot></slot></div>';
    expect(valueText(host.shadowRoot!.firstElementChild!)).toBe('Jane Doe');
  });
});
