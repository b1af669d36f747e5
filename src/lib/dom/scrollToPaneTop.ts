/**
 * Scrolls the element's nearest scrolling ancestor (a pane, a sheet) so that the
 * element's top sits at the pane's top, leaving the page itself where it is, as
 * `scrollIntoView` would not. Nothing happens when no ancestor scrolls.
 */
export function scrollToPaneTop(element: HTMLElement, gap = 8): void {
  for (let pane = element.parentElement; pane; pane = pane.parentElement) {
    const { overflowY } = getComputedStyle(pane);
    if ((overflowY === 'auto' || overflowY === 'scroll') && pane.scrollHeight > pane.clientHeight) {
      const offset = element.getBoundingClientRect().top - pane.getBoundingClientRect().top - gap;
      const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
      pane.scrollBy({ top: offset, behavior: reduce ? 'auto' : 'smooth' });
      return;
    }
  }
}
