/**
 * The one gate every piece of email HTML passes before it is shown in the sidebar, copied, or written
 * into a host page: DOMPurify with an allow-list only simple formatting survives. Templates come from
 * catalogs a user may import or override, and token values come from page data, so both are untrusted.
 */
import DOMPurify, { type Config } from 'dompurify';

/** Formatting an email needs and nothing that can run, load, submit or restyle the host page. */
export const ALLOWED_TAGS = ['p', 'br', 'strong', 'em', 'b', 'i', 'u', 'a', 'ul', 'ol', 'li', 'h3', 'h4', 'span'] as const;
export const ALLOWED_ATTRIBUTES = ['href'] as const;
/**
 * Absolute web and mail links only. Relative URLs are refused too: in a host page they would resolve
 * against the host's origin. DOMPurify strips whitespace and control characters before this test, so
 * `java\tscript:` and friends fail it.
 */
export const SAFE_URL = /^(?:https?:\/\/|mailto:)/i;

/**
 * Elements dropped together with their content, not just unwrapped: their text is code or markup
 * (DOMPurify's default list covers script, style, template, noscript, svg, math, iframe, title, xmp…).
 */
const DROP_WITH_CONTENT = ['object', 'embed', 'applet', 'textarea', 'select', 'option', 'button', 'frameset', 'noframes'];

const HTML_CONFIG: Config = {
  ALLOWED_TAGS: [...ALLOWED_TAGS],
  ALLOWED_ATTR: [...ALLOWED_ATTRIBUTES],
  ALLOWED_URI_REGEXP: SAFE_URL,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  ALLOW_SELF_CLOSE_IN_ATTR: false,
  ADD_FORBID_CONTENTS: DROP_WITH_CONTENT,
  KEEP_CONTENT: true,
  SAFE_FOR_XML: true,
};

/** For single-line values (subject, names): no element survives, text does. */
const TEXT_CONFIG: Config = { ...HTML_CONFIG, ALLOWED_TAGS: [], ALLOWED_ATTR: [] };

export interface Sanitized {
  html: string;
  /** What DOMPurify took out, e.g. `<script>` or `onerror on <img>`, for the user's warning. */
  removed: string[];
}

/** DOMPurify's own parsing wrapper, which it lists as removed: not the template's content. */
const WRAPPERS = new Set(['html', 'head', 'body']);

function describeRemoved(): string[] {
  const names = new Set<string>();
  for (const item of DOMPurify.removed) {
    if ('element' in item && item.element instanceof Element && WRAPPERS.has(item.element.localName)) continue;
    if ('attribute' in item && item.attribute) names.add(`${item.attribute.name} on <${(item.from as Element).localName}>`);
    else if ('element' in item && item.element instanceof Element) names.add(`<${item.element.localName}>`);
  }
  return [...names];
}

/** Sanitized HTML as a string (clipboard, preview, the host's model), with what was removed. */
export function sanitize(html: string): Sanitized {
  const clean = DOMPurify.sanitize(html, HTML_CONFIG);
  return { html: clean, removed: describeRemoved() };
}

/**
 * Sanitizes into a DOM fragment. Inserting the fragment (not its serialization) means the host page never
 * re-parses our output, which closes the serialize/re-parse gap mutation XSS lives in.
 */
export function sanitizeToFragment(html: string): DocumentFragment {
  return DOMPurify.sanitize(html, { ...HTML_CONFIG, RETURN_DOM_FRAGMENT: true });
}

/** The text a user would read in `html`, with every element stripped; never markup. */
export function sanitizedText(html: string): string {
  return DOMPurify.sanitize(html, { ...TEXT_CONFIG, RETURN_DOM_FRAGMENT: true }).textContent ?? '';
}
