/**
 * Email preview HTML: the real app renders the email as HTML, so the sandbox does too, but only after
 * this allow-list pass, and the client puts the result in a script-less sandboxed iframe. Two layers,
 * because an extension under test may well inject hostile-looking content and the sandbox must not run it.
 */
const ALLOWED = new Set(['p', 'br', 'b', 'strong', 'i', 'em', 'u', 'a', 'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'h4', 'span', 'div', 'blockquote']);
/** Elements whose content is dropped with them, not kept as text. */
const DROP_WITH_CONTENT = new Set(['script', 'style', 'iframe', 'object', 'embed', 'template', 'noscript', 'svg', 'math', 'textarea', 'select']);
const VOID = new Set(['br']);

const escapeText = (s: string) => s.replace(/&(?![a-zA-Z]+;|#\d+;|#x[\da-fA-F]+;)/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function decodeEntities(s: string): string {
  return s
    .replace(/&#(\d+);?/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([\da-f]+);?/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/gi, '&')
    .replace(/&quot;/gi, '"')
    .replace(/&apos;/gi, "'");
}

/** Only http(s) and mailto links survive; `javascript:` and friends (even entity-encoded) do not. */
function safeHref(attrs: string): string | null {
  const m = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attrs);
  const raw = m ? (m[1] ?? m[2] ?? m[3] ?? '') : '';
  const href = decodeEntities(raw).replace(/[\u0000-\u0020]/g, '');
  return /^(https?:|mailto:)/i.test(href) ? href : null;
}

export function sanitizeEmailHtml(html: string): string {
  let out = '';
  const open: string[] = [];
  let dropping: string | null = null;
  const tagRe = /<!--[\s\S]*?(?:-->|$)|<\/?([a-zA-Z][\w-]*)([^>]*)>|<[!?][^>]*>/g;
  let last = 0;
  for (let m = tagRe.exec(html); m; m = tagRe.exec(html)) {
    if (!dropping) out += escapeText(html.slice(last, m.index));
    last = tagRe.lastIndex;
    const name = m[1]?.toLowerCase();
    if (!name) continue; // comments, doctype, processing instructions
    const closing = m[0].startsWith('</');
    if (dropping) {
      if (closing && name === dropping) dropping = null;
      continue;
    }
    if (DROP_WITH_CONTENT.has(name)) {
      if (!closing && !m[0].endsWith('/>')) dropping = name;
      continue;
    }
    if (!ALLOWED.has(name)) continue;
    if (closing) {
      const at = open.lastIndexOf(name);
      if (at === -1) continue;
      while (open.length > at) out += `</${open.pop()}>`;
      continue;
    }
    if (VOID.has(name)) {
      out += `<${name}>`;
      continue;
    }
    const href = name === 'a' ? safeHref(m[2] ?? '') : null;
    out += name === 'a' && href ? `<a href="${escapeAttr(href)}" target="_blank" rel="noopener noreferrer">` : `<${name}>`;
    open.push(name);
  }
  if (!dropping) out += escapeText(html.slice(last));
  while (open.length) out += `</${open.pop()}>`;
  return out;
}
