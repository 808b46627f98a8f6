// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { htmlToText } from './plain-text';

describe('plain-text conversion', () => {
  it('keeps paragraphs, line breaks, lists and link targets', () => {
    const html = '<p>Hi Ada,</p><p>Welcome   to\nGitLab.</p><ul><li><a href="https://docs.gitlab.com/ci/">CI docs</a></li><li>Two</li></ul>'
      + '<ol><li>First</li><li>Second</li></ol><p>Best regards,<br>Casey<br><a href="mailto:casey@gitlab.example">casey@gitlab.example</a></p>';
    expect(htmlToText(html)).toBe(
      'Hi Ada,\n\nWelcome to GitLab.\n\n- CI docs (https://docs.gitlab.com/ci/)\n- Two\n\n1. First\n2. Second\n\nBest regards,\nCasey\ncasey@gitlab.example',
    );
  });

  it('reads escaped text as text and drops what the sanitizer drops', () => {
    expect(htmlToText('<p>&lt;b&gt; &amp; <script>alert(1)</script>ok</p>')).toBe('<b> & ok');
  });
});
