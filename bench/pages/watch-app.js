// Injected by the runner into the production app page before its scripts run: the
// same long-task observer, first-render watcher and step timer the bench pages have
// (see harness.ts), so the app with its bundled events.json is measured alike; the
// first render is the timeline's (the figure `.timeline` and what is in it).
(() => {
  const QUIET_MS = 300;
  const READY = '.timeline .mark';
  /** @param {(time: number) => void} then */
  const afterNextPaint = (then) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => then(performance.now());
      channel.port2.postMessage(null);
    });
  /** @type {import('./harness').BenchState} */
  const bench = {
    n: 0,
    loadedAt: null,
    completeAt: null,
    pageCompleteAt: null,
    error: null,
    longTasks: [],
    step: null,
    /** @param {'wheel' | 'pointermove'} kind */
    arm(kind) {
      bench.step = new Promise((resolve) => {
        addEventListener(
          kind,
          (event) => {
            // As in harness.ts: both from the input's timestamp and from the dispatch.
            const dispatched = performance.now();
            afterNextPaint((painted) =>
              resolve({ fromInput: painted - event.timeStamp, fromDispatch: painted - dispatched }),
            );
          },
          { capture: true, once: true, passive: true },
        );
      });
    },
    /** @param {string} selector */
    count: (selector) => document.querySelectorAll(selector).length,
  };
  window.__bench = bench;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No Long Tasks API.
  }
  addEventListener('error', (event) => (bench.error ??= String(event.message)));
  // Only the timeline's own changes count: the map, the panels and the rest of the page
  // drawing later do not delay the timeline's first complete render. That is a change
  // inside the timeline, the timeline added or removed, or an attribute of an element
  // around it (which can restyle it); not a panel added beside it. The whole page's
  // first render, panels and all, is recorded apart.
  /** @param {Node} node */
  const inTimeline = (node) =>
    (node instanceof Element ? node : node.parentElement)?.closest('.timeline') != null;
  /** @param {Node} node */
  const holdsTimeline = (node) =>
    inTimeline(node) || (node instanceof Element && node.querySelector('.timeline') != null);
  /** @param {MutationRecord} record */
  const touchesTimeline = (record) =>
    inTimeline(record.target) ||
    (record.type === 'attributes' && holdsTimeline(record.target)) ||
    [...record.addedNodes, ...record.removedNodes].some(holdsTimeline);

  /**
   * Calls `done` with the paint after the last change that `counts`, once nothing that
   * counts has changed for QUIET_MS and the timeline has a mark.
   * @param {(record: MutationRecord) => boolean} counts
   * @param {(paint: number) => void} done
   */
  const watchUntilQuiet = (counts, done) => {
    let lastPaint = 0;
    /** @type {ReturnType<typeof setTimeout> | undefined} */
    let timer;
    // Paints asked for and not yet seen. A change stops the quiet wait at once, not at its
    // paint: a long task that draws the timeline can end after the wait was due, and the
    // wait's timer must not then run before that paint and take the empty page's first
    // paint for the complete render.
    let awaited = 0;
    const changed = () => {
      clearTimeout(timer);
      awaited++;
      afterNextPaint((time) => {
        awaited--;
        lastPaint = time;
        clearTimeout(timer);
        if (awaited === 0) timer = setTimeout(settle, QUIET_MS);
      });
    };
    const observer = new MutationObserver((records) => {
      if (records.some(counts)) changed();
    });
    const settle = () => {
      if (document.querySelector(READY) === null) return;
      observer.disconnect();
      done(lastPaint);
    };
    observer.observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    changed();
  };
  watchUntilQuiet(touchesTimeline, (paint) => {
    bench.completeAt = paint;
    performance.mark('bench:complete', { startTime: paint });
  });
  watchUntilQuiet(
    () => true,
    (paint) => (bench.pageCompleteAt = paint),
  );
})();
