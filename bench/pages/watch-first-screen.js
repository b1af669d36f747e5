// Injected by the runner into every page it times for its first screen, before the
// page's own scripts (and `window.__benchReady`, the selector of what the page shows
// once it shows events, is set just before this runs). Records, in
// `window.__firstScreen`, the paint of the first frame in which such an element is on
// the page with a size, whether it came with the HTML (a prerendered page) or was
// drawn by a script; and the page's load event.
(() => {
  /** @type {string} */
  const READY = /** @type {any} */ (window).__benchReady;
  const state = {
    at: /** @type {number | null} */ (null),
    loadAt: /** @type {number | null} */ (null),
  };
  /** @type {any} */ (window).__firstScreen = state;
  let watching = false;
  const sized = () => {
    const box = document.querySelector(READY)?.getBoundingClientRect();
    return box !== undefined && box.width > 0 && box.height > 0;
  };
  // The size is read in the frame's animation callback, whose layout the frame then
  // paints with, never in the mutation callback: there it forced a layout of the page
  // half parsed, before its stylesheet (a prerendered page paid 40–400 ms for it, a
  // layout no frame used, which a page drawn by script did not pay).
  const inFrame = () => {
    if (!sized()) {
      requestAnimationFrame(inFrame);
      return;
    }
    // The frame that shows it: a task queued from its animation frame runs after its paint
    // (and no frame is painted before the page's stylesheets have come).
    const channel = new MessageChannel();
    channel.port1.onmessage = () => (state.at = performance.now());
    channel.port2.postMessage(null);
  };
  const check = () => {
    if (watching || !document.querySelector(READY)) return;
    watching = true;
    observer.disconnect();
    requestAnimationFrame(inFrame);
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
  addEventListener('load', () => {
    state.loadAt = performance.now();
    check();
  });
})();
