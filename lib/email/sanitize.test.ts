// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { XSS_VECTORS } from '../../test/e2e/fixtures/xss-vectors';
import { ALLOWED_TAGS, sanitize, sanitizedText, sanitizeToFragment, SAFE_URL } from './sanitize';

const ALLOWED: ReadonlySet<string> = new Set(ALLOWED_TAGS);

/** What may survive: allowed elements, no attribute but an absolute http(s)/mailto href. */
function offences(root: ParentNode): string[] {
  const found: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (!ALLOWED.has(el.localName)) found.push(`<${el.localName}>`);
    for (const attr of el.attributes) {
      if (attr.name !== 'href') found.push(`${attr.name} on <${el.localName}>`);
      else if (el.localName !== 'a' || !SAFE_URL.test(attr.value)) found.push(`href=${attr.value}`);
    }
  }
  return found;
}

/** Parsing the string output again must not produce anything either (the serialize/re-parse round trip). */
function reparsed(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content;
}

describe('the email sanitizer', () => {
  it('has at least 50 known vectors to face', () => {
    expect(XSS_VECTORS.length).toBeGreaterThanOrEqual(50);
    expect(new Set(XSS_VECTORS.map((v) => v.id)).size).toBe(XSS_VECTORS.length);
  });

  it.each(XSS_VECTORS.map((v) => [v.id, v] as const))('neutralises %s', (_id, vector) => {
    const wrapped = `<p>Hello</p>${vector.html}<p>Bye</p>`;
    const fragment = sanitizeToFragment(wrapped);
    expect(offences(fragment)).toEqual([]);
    const { html } = sanitize(wrapped);
    expect(offences(reparsed(html))).toEqual([]);
    expect(html).not.toMatch(/<(script|img|svg|iframe|style|object|embed|form|base|meta|link)\b/i);
    expect(fragment.textContent).toContain('Hello');
  });

  it('keeps simple formatting and web and mail links', () => {
    const html = '<h3>Title</h3><p>Hi <strong>Ada</strong>, <em>welcome</em> <b>b</b> <i>i</i> <u>u</u> <span>s</span><br>next</p>'
      + '<ul><li><a href="https://docs.gitlab.com/ci/">CI</a></li></ul><ol><li><a href="mailto:help@gitlab.example">Mail</a></li></ol><h4>End</h4>';
    expect(sanitize(html).html).toBe(html);
  });

  it('drops relative and non-web links but keeps their text', () => {
    const { html } = sanitize('<a href="/admin">admin</a> <a href="ftp://x.example/">ftp</a>');
    expect(html).toBe('<a>admin</a> <a>ftp</a>');
  });

  it('says what it removed', () => {
    const { removed } = sanitize('<p onclick="x()">a</p><script>x()</script><img src=x onerror=y()>');
    expect(removed).toEqual(expect.arrayContaining(['onclick on <p>', '<script>', '<img>']));
  });

  it('turns markup into plain text for one-line fields, keeping escaped text as text', () => {
    expect(sanitizedText('AT&amp;T &lt;Labs&gt; <b>bold</b><script>x()</script>')).toBe('AT&T <Labs> bold');
  });
});
