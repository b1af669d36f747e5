/**
 * Resolves after the browser has painted the next frame: what a status set just before
 * needs in order to be seen (and announced) before long synchronous work blocks the page.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
