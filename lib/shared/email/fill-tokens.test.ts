import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escape';
import { fillTokens, STRAY } from './fill-tokens';

const asIs = (v: string) => v;

describe('filling tokens', () => {
  it('fills known tokens, with or without spaces inside the braces', () => {
    const filled = fillTokens('Hi {{contact.firstName}}, from {{ sender.name }}', { 'contact.firstName': 'Ada', 'sender.name': 'Casey' }, asIs);
    expect(filled).toEqual({ text: 'Hi Ada, from Casey', unresolved: [] });
  });

  it('escapes values for HTML, so page data stays text', () => {
    const filled = fillTokens('<p>{{account.name}}</p>', { 'account.name': '<img src=x onerror=alert(1)> & "Co"' }, escapeHtml);
    expect(filled.text).toBe('<p>&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Co&quot;</p>');
  });

  it('fills in one pass: a value that looks like a token is not expanded', () => {
    const filled = fillTokens('{{contact.name}}', { 'contact.name': '{{sender.email}}', 'sender.email': 'me@gitlab.example' }, asIs);
    expect(filled.text).not.toContain('me@gitlab.example');
    expect(filled.text).not.toContain('{{');
    expect(filled.text.replace(/\u200b/g, '')).toBe('{{sender.email}}');
  });

  it('removes unknown and empty tokens and reports each once', () => {
    const filled = fillTokens('A {{event.url}} B {{nope}} C {{event.url}} D {{sender.title}}', { 'sender.title': '  ' }, asIs);
    expect(filled.text).toBe('A  B  C  D ');
    expect(filled.unresolved).toEqual(['event.url', 'nope', 'sender.title']);
  });

  it('never leaves raw braces, even malformed ones', () => {
    const filled = fillTokens('x {{ a {{account.name}} }} y', { 'account.name': 'Acme' }, asIs);
    expect(filled.text).not.toMatch(/\{\{|\}\}/);
    expect(filled.unresolved).toContain(STRAY);
  });
});
