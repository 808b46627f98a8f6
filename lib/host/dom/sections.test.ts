// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { findSections } from './sections';

afterEach(() => {
  document.body.innerHTML = '';
});

const labelsOf = () => findSections(document, ['Contacts', 'People']).map((s) => [s.element.id, s.label]);

describe('finding a section by its label', () => {
  it.each([
    ['a data-label attribute (C360 scrolling mode)', '<div id="s" data-label="People"><span>People</span><div>grid</div></div>'],
    ['aria-labelledby a heading', '<section id="s" aria-labelledby="h"><h2 id="h">Contacts</h2><p>x</p></section>'],
    ['aria-label', '<div id="s" aria-label="people"><p>x</p></div>'],
    ['a tab panel named by its tab, with a count', '<div role="tab" id="t">People (12)</div><div id="s" role="tabpanel" aria-labelledby="t"><p>x</p></div>'],
  ])('%s', (_name, html) => {
    document.body.innerHTML = html;
    expect(labelsOf()).toHaveLength(1);
    expect(labelsOf()[0]![0]).toBe('s');
  });

  it('never takes a tab, link or button named People for the section', () => {
    document.body.innerHTML = '<a href="#/p" aria-label="People"><span>People</span></a><button aria-label="People"><i></i></button><div role="tab" aria-label="People"><span>x</span></div>';
    expect(labelsOf()).toEqual([]);
  });

  it('keeps the outermost of nested named containers', () => {
    document.body.innerHTML = '<div id="outer" data-label="People"><gs-people-section aria-label="People"><div>grid</div></gs-people-section></div>';
    expect(labelsOf()).toEqual([['outer', 'People']]);
  });

  it('keeps the outermost across a shadow root: a section and the grid named like it inside a widget', () => {
    document.body.innerHTML = '<div id="outer" data-label="People"><gs-grid-host></gs-grid-host></div>';
    document.querySelector('gs-grid-host')!.attachShadow({ mode: 'open' }).innerHTML = '<div role="grid" aria-label="People"><div role="row"></div></div>';
    expect(labelsOf()).toEqual([['outer', 'People']]);
  });

  it('finds a named host whose content is in its shadow root', () => {
    const host = document.createElement('gs-people-section');
    host.id = 'host';
    host.setAttribute('aria-label', 'People');
    host.attachShadow({ mode: 'open' }).innerHTML = '<div>grid</div>';
    document.body.append(host);
    expect(labelsOf()).toEqual([['host', 'People']]);
  });

  it('falls back to the region a heading opens, stopping before the next heading of its rank', () => {
    document.body.innerHTML =
      '<main><div id="a"><h2>Attributes</h2><p>note</p></div><div id="c"><div><h2>Contacts</h2></div><table><tr><th>Name</th></tr></table></div></main>';
    const [found] = findSections(document, ['Contacts']);
    expect(found?.element.id).toBe('c');
    expect(found?.element.textContent).not.toContain('note');
  });

  it('prefers named containers to headings (a note may hold a heading of the same words)', () => {
    document.body.innerHTML = '<div data-label="Attributes"><h3>Contacts</h3><table></table></div><div id="s" data-label="People"><p>x</p></div>';
    expect(labelsOf()).toEqual([['s', 'People']]);
  });

  it('skips a hidden section', () => {
    document.body.innerHTML = '<div hidden data-label="People"><p>x</p></div>';
    expect(labelsOf()).toEqual([]);
  });
});
