/**
 * Token values are page data (account names, contact names typed into Gainsight or Salesforce by
 * anyone), so they enter an HTML template only as escaped text, never as markup.
 */
const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/**
 * Breaks `{{` and `}}` inside a value with an invisible joiner. A value can then never read as one of
 * our tokens, nor as an expression to a host that interpolates `{{…}}` in the DOM (AngularJS-style
 * client-side template injection), while it still reads the same to a person.
 */
export function neutraliseBraces(text: string): string {
  return text.replace(/\{(?=\{)/g, '{\u200b').replace(/\}(?=\})/g, '}\u200b');
}

/** Control characters and line breaks: nothing a one-line field (subject, name) should carry. */
export function singleLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim();
}
