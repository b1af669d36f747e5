/**
 * Scrolls the page just enough to show a panel whole (or its top, when it is taller
 * than the window). Instantly: a smooth scroll over a long page can be cut short by
 * the reader's next click and leave the panel half off-screen. Panels inside a modal
 * sheet are already on screen.
 */
export function revealPanel(panel: HTMLElement | null): void {
  if (!panel || panel.closest('dialog')) return;
  const box = panel.getBoundingClientRect();
  if (box.top >= 0 && box.bottom <= window.innerHeight) return;
  panel.scrollIntoView({ block: box.height > window.innerHeight ? 'start' : 'nearest' });
}
