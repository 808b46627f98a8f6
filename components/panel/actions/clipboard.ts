/**
 * Copies an email as rich text and plain text in one clipboard item, so pasting into an HTML editor keeps
 * the formatting and pasting into a plain field keeps the words. The HTML is the sanitized body.
 */
export async function copyEmail(html: string, text: string): Promise<'rich' | 'text'> {
  if (typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
    await navigator.clipboard.write([
      new ClipboardItem({
        'text/html': new Blob([html], { type: 'text/html' }),
        'text/plain': new Blob([text], { type: 'text/plain' }),
      }),
    ]);
    return 'rich';
  }
  await navigator.clipboard.writeText(text);
  return 'text';
}
