// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fragmentToText } from './plain-text';

/** Benign HTML only: the sanitizer itself is tested in Chromium (email.browser.test.ts). */
function fragment(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content;
}

describe('plain-text conversion', () => {
  it('keeps paragraphs, line breaks, lists and link targets', () => {
    const html = '<p>Hi Ada,</p><p>Welcome   to\nGitLab.</p><ul><li><a href="https://docs.gitlab.com/ci/">CI docs</a></li><li>Two</li></ul>'
      + '<ol><li>First</li><li>Second</li></ol><p>Best regards,<br>Casey<br><a href="mailto:casey@gitlab.example">casey@gitlab.example</a></p>';
    expect(fragmentToText(fragment(html))).toBe(
      'Hi Ada,\n\nWelcome to GitLab.\n\n- CI docs (https://docs.gitlab.com/ci/)\n- Two\n\n1. First\n2. Second\n\nBest regards,\nCasey\ncasey@gitlab.example',
    );
  });

  it('reads escaped text as text', () => {
    expect(fragmentToText(fragment('<p>&lt;b&gt; &amp; ok</p>'))).toBe('<b> & ok');
  });

  it('keeps loose inline text as its own block', () => {
    expect(fragmentToText(fragment('Intro <b>bold</b><p>Para</p>tail'))).toBe('Intro bold\n\nPara\n\ntail');
  });
});
