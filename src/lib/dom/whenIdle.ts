/**
 * Runs `callback` once the browser is idle after the page's first drawing, and at the
 * latest after `timeout` ms; where there is no `requestIdleCallback` (Safari), after
 * `fallback` ms. Returns the cancel function, for an effect's cleanup.
 */
export function whenIdle(callback: () => void, timeout = 3000, fallback = 1500): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(callback, { timeout });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(callback, fallback);
  return () => window.clearTimeout(handle);
}
