import { describe, expect, it } from 'vitest';
import { STRAY, removeLeftoverTokens } from './leftover-tokens';

describe('the final check for tokens', () => {
  it('removes whole tokens and reports their names', () => {
    expect(removeLeftoverTokens('<p>Join {{ event.url }} now {{survey.url}}</p>')).toEqual({ text: '<p>Join  now </p>', unresolved: ['event.url', 'survey.url'] });
  });

  it('removes loose braces until none are left, even where removing some makes new ones', () => {
    const out = removeLeftoverTokens('a {}}{ b {{{ c }}');
    expect(out.text).not.toMatch(/\{\{|\}\}/);
    expect(out.unresolved).toContain(STRAY);
  });

  it('takes only braces out of a token that spans markup, so no quote or tag is ever cut', () => {
    const html = '<a href="https://x.example/{{">t</a>}} " onclick="evil()" x="';
    const out = removeLeftoverTokens(html);
    expect(out.text).toBe('<a href="https://x.example/">t</a> " onclick="evil()" x="');
    expect(out.unresolved).toEqual([STRAY]);
  });

  it('leaves values alone whose braces were broken when filled', () => {
    expect(removeLeftoverTokens('{\u200b{sender.email}\u200b}')).toEqual({ text: '{\u200b{sender.email}\u200b}', unresolved: [] });
  });
});
