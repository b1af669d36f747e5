/**
 * Puts a citation on the clipboard as HTML (the title in `<i>`, so a word processor
 * keeps the italics) beside plain text (for anything else). Where the browser has no
 * `ClipboardItem` or refuses rich content, plain text alone; a refusal of that too is
 * the caller's to handle (it selects the text for copying by hand).
 */
export async function copyRich(content: { text: string; html: string }): Promise<'rich' | 'plain'> {
  if (typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
    try {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([content.html], { type: 'text/html' }),
          'text/plain': new Blob([content.text], { type: 'text/plain' }),
        }),
      ]);
      return 'rich';
    } catch {
      // Some browsers refuse text/html from a page; plain text may still be allowed.
    }
  }
  await navigator.clipboard.writeText(content.text);
  return 'plain';
}
