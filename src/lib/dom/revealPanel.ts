/**
 * Scrolls the page just enough to show a panel whole (or its top, when it is taller
 * than the window), smoothly unless the reader prefers reduced motion. Panels inside
 * a modal sheet are already on screen.
 */
export function revealPanel(panel: HTMLElement | null): void {
  if (!panel || panel.closest('dialog')) return;
  const box = panel.getBoundingClientRect();
  if (box.top >= 0 && box.bottom <= window.innerHeight) return;
  const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
  panel.scrollIntoView({
    block: box.height > window.innerHeight ? 'start' : 'nearest',
    behavior: smooth ? 'smooth' : 'auto',
  });
}
