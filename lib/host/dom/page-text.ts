/**
 * A page's words for proving its date order (field-values.ts' pageDateOrder): every text node, shadow roots
 * included (C360 widgets render their dates there), one per line. textContent would join neighbouring cells
 * ("1" and "23/11/2026" read "123/11/2026") and lose the very date that proves the order.
 */
import { shadowRoots } from './walk';

const NOT_SHOWN = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

function textsUnder(root: Node, into: string[]): void {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue;
    if (text && text.trim() && !NOT_SHOWN.has(node.parentElement?.tagName ?? '')) into.push(text);
  }
}

export function pageText(doc: Document): string {
  const texts: string[] = [];
  if (doc.body) textsUnder(doc.body, texts);
  for (const root of shadowRoots(doc)) textsUnder(root, texts);
  return texts.join('\n');
}
