/**
 * A stand-in for lib/shared/email/sanitize in happy-dom tests, whose DOM is not one DOMPurify can work with
 * (its NodeIterator stops when the current node is removed). Only for benign HTML: the real sanitizer
 * is tested in Chromium (lib/shared/email/email.browser.test.ts) and end to end (test/e2e/xss.e2e.ts).
 */
function parse(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content;
}

export const benignSanitizer = {
  ALLOWED_TAGS: ['p', 'br', 'strong', 'em', 'b', 'i', 'u', 'a', 'ul', 'ol', 'li', 'h3', 'h4', 'span'],
  SAFE_URL: /^(?:https?:\/\/|mailto:)/i,
  sanitize: (html: string) => ({ html, removed: [] as string[] }),
  sanitizeToFragment: (html: string) => parse(html),
  sanitizedText: (html: string) => parse(html).textContent ?? '',
};
