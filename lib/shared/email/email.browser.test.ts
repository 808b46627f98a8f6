/**
 * The sanitizer and everything built on it, in real Chromium: happy-dom's DOM does not behave like a
 * browser's for DOMPurify (its NodeIterator loses its place when a node is removed), and mutation XSS
 * depends on the real HTML parser anyway. lib/shared/email is bundled as is and run in a blank page; each
 * vector's sanitized fragment is then inserted into the live document, where anything left would run.
 */
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, QUIET_FLAGS } from '../../../scripts/chromium';
import { EVIL_ORIGIN, XSS_VECTORS } from '../../../test/e2e/fixtures/xss-vectors';
import { CURRENT_CATALOG } from '../programs/catalog-current';
import { DEFAULT_SETTINGS } from '../settings/schema';
import { STRAY } from './leftover-tokens';
import type * as EmailModule from './browser-entry.test-support';

type Email = typeof EmailModule;
declare const email: Email;

const CHROMIUM = chromiumPath();
let browser: Browser;
let page: Page;
const dialogs: string[] = [];
const evilRequests: string[] = [];
const pageErrors: string[] = [];

async function bundle(): Promise<string> {
  const result = await build({
    entryPoints: [new URL('./browser-entry.test-support.ts', import.meta.url).pathname],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'email',
    target: 'es2022',
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

describe.skipIf(!CHROMIUM)('lib/shared/email in Chromium', () => {
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM!, args: QUIET_FLAGS });
    page = await browser.newPage();
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('request', (r) => {
      if (r.url().startsWith(EVIL_ORIGIN)) evilRequests.push(r.url());
    });
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.setContent('<!doctype html><html><body><div id="host" contenteditable="true"></div></body></html>');
    await page.addScriptTag({ content: await bundle() });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('leaves only allowed elements and safe links for every vector, as a fragment and as a re-parsed string', async () => {
    const results = await page.evaluate((vectors) => {
      const allowed = new Set<string>(email.ALLOWED_TAGS);
      const offences = (root: ParentNode): string[] => {
        const found: string[] = [];
        for (const el of root.querySelectorAll('*')) {
          if (!allowed.has(el.localName) || el.namespaceURI !== 'http://www.w3.org/1999/xhtml') found.push(`<${el.localName}>`);
          for (const attr of el.attributes) {
            if (attr.name !== 'href' || el.localName !== 'a' || !email.SAFE_URL.test(attr.value)) found.push(`${attr.name}=${attr.value} on <${el.localName}>`);
          }
        }
        return found;
      };
      const host = document.getElementById('host')!;
      return vectors.map((v) => {
        const wrapped = `<p>Hello</p>${v.html}<p>Bye</p>`;
        const fragment = email.sanitizeToFragment(wrapped);
        const fromFragment = offences(fragment);
        const template = document.createElement('template');
        template.innerHTML = email.sanitize(wrapped).html;
        const fromString = offences(template.content);
        // Into the live page, the way a fill inserts it: anything left would now load or run.
        host.replaceChildren(fragment);
        host.append(template.content);
        return { id: v.id, offences: [...fromFragment, ...fromString], kept: host.textContent?.includes('Hello') ?? false };
      });
    }, XSS_VECTORS);
    for (const result of results) {
      expect.soft(result.offences, result.id).toEqual([]);
      expect.soft(result.kept, `${result.id} keeps the surrounding text`).toBe(true);
    }
    await page.waitForTimeout(500);
    expect(dialogs).toEqual([]);
    expect(evilRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('keeps simple formatting and links, drops relative and unknown-scheme links, and says what it removed', async () => {
    const html = '<h3>Title</h3><p>Hi <strong>Ada</strong>, <em>welcome</em> <b>b</b> <i>i</i> <u>u</u> <span>s</span><br>next</p>'
      + '<ul><li><a href="https://docs.gitlab.com/ci/">CI</a></li></ul><ol><li><a href="mailto:help@gitlab.example">Mail</a></li></ol><h4>End</h4>';
    const out = await page.evaluate((input) => ({
      kept: email.sanitize(input).html,
      links: email.sanitize('<a href="/admin">admin</a> <a href="ftp://x.example/">ftp</a>').html,
      removed: email.sanitize('<p onclick="x()">a</p><script>x()</script><img src=x onerror=y()>').removed,
      text: email.sanitizedText('AT&amp;T &lt;Labs&gt; <b>bold</b><script>x()</script>'),
      plain: email.htmlToText('<p>&lt;b&gt; &amp; <script>alert(1)</script>ok</p><ul><li><a href="https://a.example/">A</a></li></ul>'),
    }), html);
    expect(out.kept).toBe(html);
    expect(out.links).toBe('<a>admin</a> <a>ftp</a>');
    expect(out.removed).toEqual(expect.arrayContaining(['onclick on <p>', '<script>', '<img>']));
    expect(out.text).toBe('AT&T <Labs> bold');
    expect(out.plain).toBe('<b> & ok\n\n- A (https://a.example/)');
  });

  it('composes a catalog email with hostile account and contact data as plain text only', async () => {
    const program = CURRENT_CATALOG.programs.find((p) => p.id === 'duo-admin-onboarding')!;
    const vector = (id: string) => XSS_VECTORS.find((v) => v.id === id)!.html;
    const composed = await page.evaluate(
      (input) => {
        const result = email.composeEmail(input);
        const template = document.createElement('template');
        template.innerHTML = result.html;
        return { ...result, tags: [...template.content.querySelectorAll('*')].map((e) => e.localName), bodyText: template.content.textContent };
      },
      {
        program,
        step: program.steps[0]!,
        account: { name: vector('img-onerror'), fields: { csm: vector('svg-onload'), csmEmail: 'csm@gitlab.example' } },
        recipients: [
          { via: 'admin' as const, contact: { name: vector('mxss-noscript'), firstName: vector('angular-csti'), email: 'ada@acme.example', roles: ['GitLab Admin'], soldTo: false, enablementEnrollment: [], permission: null } },
          { via: 'admin' as const, contact: { name: 'Bad Address', email: '"><script>alert(1)</script>@x.example', roles: ['GitLab Admin'], soldTo: false, enablementEnrollment: [], permission: null } },
        ],
        recipientWarnings: [],
        sender: { ...DEFAULT_SETTINGS.sender, name: vector('a-js'), email: 'casey@gitlab.example', title: 'CSM', ccCsm: true },
        locale: 'en-US',
      },
    );
    expect(composed.tags.every((t) => ['p', 'a', 'ul', 'li', 'br'].includes(t))).toBe(true);
    // Values arrive as text: the sender's javascript: link and the contact's template expression are words.
    expect(composed.bodyText).toContain('<a href="javascript:alert(');
    expect(composed.bodyText).toContain('constructor.constructor');
    expect(composed.bodyText).not.toContain('{{');
    expect(composed.bodyText).not.toContain('Bad');
    expect(composed.subject).toContain('<img src=x onerror=');
    expect(composed.to).toEqual(['ada@acme.example']);
    expect(composed.cc).toEqual(['csm@gitlab.example']);
    expect(composed.warnings.join(' ')).toContain('Not an email address');
    expect(composed.blocked).toBeNull();
    await page.waitForTimeout(200);
    expect(dialogs).toEqual([]);
    expect(evilRequests).toEqual([]);
  });

  it('blocks a program nobody may receive, says why, and lists tokens without a value before filling', async () => {
    const survey = CURRENT_CATALOG.programs.find((p) => p.category === 'survey')!;
    const base = {
      program: survey,
      step: { ...survey.steps[0]!, subject: 'Survey for {{account.name}}', body: '<p>Hi {{contact.firstName}}, {{survey.url}} {{sender.name}}</p>' },
      account: { name: 'Meridian', fields: { csmEmail: 'ada@acme.example' } },
      sender: { ...DEFAULT_SETTINGS.sender, ccCsm: true },
      locale: 'en-US',
    };
    const soldToOnly = 'No GitLab Admin: surveys and newsletters are not sent; Sold-To contacts never receive NPS/CSAT';
    const out = await page.evaluate(
      ([input, reason]) => ({
        nobody: email.composeEmail({ ...input, recipients: [], recipientWarnings: [reason] }),
        unknown: email.composeEmail({ ...input, recipients: null, recipientWarnings: [] }),
        admin: email.composeEmail({
          ...input,
          recipients: [{ via: 'admin', contact: { name: 'Ada Admin', email: 'ada@acme.example', roles: ['GitLab Admin'], soldTo: false, enablementEnrollment: [], permission: null } }],
          recipientWarnings: [],
        }),
      }),
      [base, soldToOnly] as const,
    );
    expect(out.nobody.blocked).toBe(soldToOnly);
    expect(out.unknown.blocked).toMatch(/contacts could not be read/);
    expect(out.admin.blocked).toBeNull();
    expect(out.admin.unresolved).toEqual(['survey.url', 'sender.name']);
    expect(out.admin.warnings[0]).toBe('No value for {{survey.url}}, {{sender.name}}: nothing is copied or prefilled without it. Set it, or remove it from the template.');
    expect(out.admin.html).toBe('<p>Hi Ada,  </p>');
    expect(out.admin.text).toBe('Hi Ada,');
    // The CSM is already in To here, so CC stays empty rather than naming them twice.
    expect(out.admin.cc).toEqual([]);
  });

  it('catches a token that only appears after sanitizing: entities and unwrapped elements', async () => {
    const survey = CURRENT_CATALOG.programs.find((p) => p.category === 'survey')!;
    const admin = { via: 'admin' as const, contact: { name: 'Ada Admin', email: 'ada@acme.example', roles: ['GitLab Admin'], soldTo: false, enablementEnrollment: [], permission: null } };
    const out = await page.evaluate(
      ([program, recipient, sender]) =>
        email.composeEmail({
          program,
          step: {
            ...program.steps[0]!,
            subject: 'Hello &#123;&#123;event.url&#125;&#125;{<b></b>{x}<b></b>}',
            body: '<p>Join &#123;&#123;event.url&#125;&#125; and {<font></font>{survey.url}<font></font>}.</p><p>Then {<font></font>{x}}</p>',
          },
          account: { name: 'Meridian', fields: {} },
          recipients: [recipient],
          recipientWarnings: [],
          sender,
          locale: 'en-US',
        }),
      [survey, admin, DEFAULT_SETTINGS.sender] as const,
    );
    for (const part of [out.subject, out.html, out.text]) expect(part).not.toMatch(/\{\{|\}\}/);
    expect(out.unresolved).toEqual(expect.arrayContaining(['event.url', 'survey.url', 'x', STRAY]));
    expect(out.warnings[0]).toBe('No value for {{event.url}}, {{x}}, {{survey.url}}: nothing is copied or prefilled without it. Set it, or remove it from the template.');
    expect(out.html).toBe('<p>Join  and .</p><p>Then x</p>');
    expect(out.subject).toBe('Hello');
  });
});
