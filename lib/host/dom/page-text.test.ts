// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { pageDateOrder } from '../../shared/accounts/field-values';
import { pageText } from './page-text';

afterEach(() => {
  document.body.innerHTML = '';
});

const orderOf = () => pageDateOrder('auto', () => pageText(document), 'en-US')();

describe('the page text that proves a tenant\'s date order', () => {
  it('includes dates shown inside shadow roots, however deep', () => {
    document.body.innerHTML = '<p>Renewal Date 03/04/2027</p><gs-widget></gs-widget>';
    const outer = document.querySelector('gs-widget')!.attachShadow({ mode: 'open' });
    outer.innerHTML = '<gs-inner></gs-inner>';
    outer.querySelector('gs-inner')!.attachShadow({ mode: 'open' }).innerHTML = '<span>Customer Since</span><span>23/11/2020</span>';
    expect(orderOf()).toBe('DMY');
  });

  it('keeps neighbouring cells apart, so a date next to a number still proves the order', () => {
    document.body.innerHTML = '<table><tr><td>1</td><td>23/11/2026</td></tr></table><p>03/04/2027</p>';
    expect(document.body.textContent).toContain('123/11/2026');
    expect(orderOf()).toBe('DMY');
  });

  it('ignores scripts and styles, which no user reads', () => {
    document.body.innerHTML = '<script>var built = "23/11/2026";</script><p>Renewal Date 03/04/2027</p>';
    expect(orderOf()).toBe('MDY');
  });
});
