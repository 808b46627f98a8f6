import { describe, expect, it } from 'vitest';
import { MAILTO_MAX_LENGTH, mailtoHref } from './mailto';

describe('mailto links', () => {
  it('encodes every part and uses CRLF line breaks', () => {
    const href = mailtoHref({ to: ['ada@x.example', 'sam@x.example'], cc: ['csm@gitlab.example'], subject: 'Hi & welcome?', body: 'Line 1\nLine 2' });
    expect(href).toBe('mailto:ada%40x.example,sam%40x.example?subject=Hi%20%26%20welcome%3F&cc=csm%40gitlab.example&body=Line%201%0D%0ALine%202');
  });

  it('keeps the subject on one line, so no header can be injected', () => {
    const href = mailtoHref({ to: ['a@x.example'], subject: 'Hi\r\nBcc: evil@evil.example', body: '' });
    expect(decodeURIComponent(href)).not.toMatch(/[\r\n]/);
  });

  it('leaves out anything that is not an address', () => {
    const href = mailtoHref({ to: ['a@x.example', 'b@x.example?bcc=evil@evil.example', 'javascript:alert(1)'], subject: 's', body: '' });
    expect(href.startsWith('mailto:a%40x.example?')).toBe(true);
  });

  it('shortens a long body to fit and says so', () => {
    const href = mailtoHref({ to: ['a@x.example'], subject: 's', body: 'word '.repeat(2000) });
    expect(href.length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
    expect(decodeURIComponent(href)).toContain('[Shortened: paste the full text from the clipboard]');
  });
});
