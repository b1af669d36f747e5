/**
 * Where the page's text selection lies in the text the source panel shows, in
 * offsets of that text: each paragraph of `SourceText` carries its start
 * (`data-offset`), and the characters from there to a selection's end are counted
 * through a DOM range, names and passage marks included.
 */

/** The selection's span inside `container`, or null when nothing there is selected. */
export function selectedSpan(
  container: HTMLElement,
  selection: Selection | null = getSelection(),
): { start: number; end: number; range: Range } | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.commonAncestorContainer)) return null;
  const start = offsetOf(container, range.startContainer, range.startOffset);
  const end = offsetOf(container, range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  return { start, end, range };
}

/** The text offset of a point (a node and an offset in it) inside one of the container's paragraphs. */
function offsetOf(container: HTMLElement, node: Node, offset: number): number | null {
  const element = node instanceof Element ? node : node.parentElement;
  let paragraph = element?.closest<HTMLElement>('p[data-offset]') ?? null;
  if (!paragraph || !container.contains(paragraph)) {
    // A point between paragraphs (on the container): the start of the next one.
    if (node !== container) return null;
    const next = container.children[offset] as HTMLElement | undefined;
    paragraph = next?.matches('p[data-offset]') ? next : null;
    if (!paragraph) return null;
    return Number(paragraph.dataset.offset);
  }
  const before = document.createRange();
  before.setStart(paragraph, 0);
  before.setEnd(node, offset);
  return Number(paragraph.dataset.offset) + before.toString().length;
}
