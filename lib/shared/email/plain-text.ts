/**
 * The plain-text twin of an email body: for the clipboard's text/plain part and for mailto: links,
 * where no HTML is understood. Reads the sanitized DOM, so it only ever sees the allowed elements.
 */
import { sanitizeToFragment } from './sanitize';

const BLOCKS = new Set(['p', 'h3', 'h4', 'ul', 'ol']);

function linkText(a: Element, inner: string): string {
  const href = a.getAttribute('href') ?? '';
  const target = href.replace(/^mailto:/i, '');
  return !href || inner === href || inner === target ? inner : `${inner} (${target})`;
}

/** Inline text of a node: whitespace folded as HTML does, `<br>` as a line break. */
function inline(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return (node.textContent ?? '').replace(/\s+/g, ' ');
  if (!(node instanceof Element)) return '';
  if (node.localName === 'br') return '\n';
  const inner = [...node.childNodes].map(inline).join('');
  return node.localName === 'a' ? linkText(node, inner.trim()) : inner;
}

function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/ +/g, ' ').trim())
    .join('\n')
    .trim();
}

function listItems(list: Element): string {
  const ordered = list.localName === 'ol';
  const items = [...list.children].filter((c) => c.localName === 'li');
  return items.map((li, i) => `${ordered ? `${i + 1}.` : '-'} ${tidy(blocks(li).join('\n'))}`).join('\n');
}

/** Top-level blocks of a container, each as text; runs of inline content form one block. */
function blocks(container: Node): string[] {
  const out: string[] = [];
  let run = '';
  const flush = () => {
    if (tidy(run)) out.push(tidy(run));
    run = '';
  };
  for (const child of container.childNodes) {
    if (child instanceof Element && BLOCKS.has(child.localName)) {
      flush();
      const text = child.localName === 'ul' || child.localName === 'ol' ? listItems(child) : tidy(inline(child));
      if (text) out.push(text);
    } else run += inline(child);
  }
  flush();
  return out;
}

/** Text of an already sanitized fragment (the DOM walk alone, testable without the sanitizer). */
export function fragmentToText(fragment: DocumentFragment): string {
  return blocks(fragment).join('\n\n');
}

export function htmlToText(html: string): string {
  return fragmentToText(sanitizeToFragment(html));
}
