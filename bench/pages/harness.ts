/**
 * What both bench pages share: loading the dataset named in the URL, deciding when
 * the first render is complete, timing each input step to the next painted frame,
 * and collecting long tasks. The runner reads it all from `window.__bench`.
 */
import { afterNextPaint as whenPainted } from './afterNextPaint';
import type { EventsFile } from '../../src/lib/events/types';
import { readBodyText } from '../../src/lib/events/loadEventsFile';
import { parseTimelineIndex, type TimelineIndex } from '../../src/lib/events/timelineIndex';

export interface LongTask {
  start: number;
  duration: number;
}

/**
 * One input step, both ways of counting. `fromInput` starts at the event's timestamp,
 * when the browser took the input in, so it includes the browser's own routing of it
 * to the page (an empty page already pays ~30 ms for a wheel step here). `fromDispatch`
 * starts when the page is handed the event, so it is the page's own work: its
 * handlers, the reactive update, style, layout and paint of the frame that shows it.
 */
export interface StepTiming {
  fromInput: number;
  fromDispatch: number;
}

export interface BenchState {
  /** Events in the dataset. */
  n: number;
  /** When the dataset was fetched and parsed (ms since navigation start). */
  loadedAt: number | null;
  /** When the first complete render was painted (ms since navigation start). */
  completeAt: number | null;
  /**
   * When the whole page, not only its timeline, was painted after its last change of
   * the first render; set by the app's watcher only (`watch-app.js`).
   */
  pageCompleteAt?: number | null;
  /** A message when the page failed. */
  error: string | null;
  longTasks: LongTask[];
  /** Installs a one-shot timer on the next `kind` input event; read the result from `step`. */
  arm(kind: 'wheel' | 'pointermove'): void;
  /** Resolves with the armed step's two times to the next painted frame. */
  step: Promise<StepTiming> | null;
  /** How many of `selector` the page has drawn. */
  count(selector: string): number;
}

declare global {
  interface Window {
    __bench: BenchState;
    __longTasks?: LongTask[];
    /** The dataset's response, asked for by the page's inline script before any module ran. */
    __dataset?: Promise<Response>;
  }
}

/** How long the page must stay unchanged for the first render to count as complete. */
const QUIET_MS = 300;

/** Calls `then` with the time just after the next frame is painted (the app's own helper). */
export function afterNextPaint(then: (time: number) => void): void {
  whenPainted(() => then(performance.now()));
}

export function createBench(): BenchState {
  const n = Number(new URLSearchParams(location.search).get('n') ?? '1000');
  const state: BenchState = {
    n,
    loadedAt: null,
    completeAt: null,
    error: null,
    // Filled by the observer the page's inline script starts before any module runs.
    longTasks: window.__longTasks ?? [],
    step: null,
    arm(kind) {
      state.step = new Promise((resolve) => {
        window.addEventListener(
          kind,
          (event) => {
            // A window capture listener runs before any listener of the page's own.
            const dispatched = performance.now();
            afterNextPaint((painted) =>
              resolve({ fromInput: painted - event.timeStamp, fromDispatch: painted - dispatched }),
            );
          },
          { capture: true, once: true, passive: true },
        );
      });
    },
    count: (selector) => document.querySelectorAll(selector).length,
  };
  window.__bench = state;
  window.addEventListener('error', (event) => (state.error ??= String(event.message)));
  window.addEventListener('unhandledrejection', (event) => (state.error ??= String(event.reason)));
  return state;
}

/** Which file of the dataset a page reads: `?file=index` the timeline's index, else the full file. */
export function datasetFile(): 'index' | 'full' {
  return new URLSearchParams(location.search).get('file') === 'index' ? 'index' : 'full';
}

/** The dataset's response: asked for by the page's inline script, or now. */
async function datasetResponse(bench: BenchState): Promise<Response> {
  const name = datasetFile() === 'index' ? 'index.json' : 'json';
  const response = await (window.__dataset ?? fetch(`/data/events-${bench.n}.${name}`));
  if (!response.ok) throw new Error(`dataset ${bench.n} (${name}): HTTP ${response.status}`);
  return response;
}

/**
 * Fetches and parses the dataset named by `?n=`, from the bench build's own folder,
 * the way the app reads events.json.
 */
export async function loadDataset(bench: BenchState): Promise<EventsFile> {
  const data = JSON.parse(await readBodyText(await datasetResponse(bench))) as EventsFile;
  bench.loadedAt = performance.now();
  return data;
}

/** The timeline's index of the dataset (`events-N.index.json`), fetched and parsed. */
export async function loadIndex(bench: BenchState): Promise<TimelineIndex> {
  const index = parseTimelineIndex(await readBodyText(await datasetResponse(bench)));
  bench.loadedAt = performance.now();
  return index;
}

/**
 * The full file read and parsed in a worker (`parseWorker.ts`), which posts back only
 * the timeline's index: the main thread receives the response's body and hands it over
 * as it arrives, and pays only for the index's copy.
 */
export async function loadIndexInWorker(bench: BenchState): Promise<TimelineIndex> {
  const response = await datasetResponse(bench);
  const worker = new Worker(new URL('./parseWorker.ts', import.meta.url), { type: 'module' });
  const index = await new Promise<TimelineIndex>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<TimelineIndex | { error: string }>) =>
      'error' in event.data ? reject(new Error(event.data.error)) : resolve(event.data);
    worker.onerror = (event) => reject(new Error(event.message));
    worker.postMessage(response.body, [response.body!]);
  });
  worker.terminate();
  bench.loadedAt = performance.now();
  return index;
}

/**
 * Watches `root` until it has gone `QUIET_MS` without a change while holding at
 * least one `ready` element, then records the paint after its last change as the
 * completion of the first render, with `performance.mark('bench:complete')`.
 */
export function watchFirstRender(bench: BenchState, root: Element, ready: string): void {
  let lastPaint = 0;
  let timer = 0;
  const settle = () => {
    if (root.querySelector(ready) === null) return;
    bench.completeAt = lastPaint;
    performance.mark('bench:complete', { startTime: lastPaint });
    observer.disconnect();
  };
  // Paints asked for and not yet seen. A change stops the quiet wait at once, not at its
  // paint, so that a timer due during a long drawing task cannot run before that task's
  // paint and record an earlier paint as the complete render.
  let awaited = 0;
  const changed = () => {
    clearTimeout(timer);
    awaited++;
    afterNextPaint((time) => {
      awaited--;
      lastPaint = time;
      clearTimeout(timer);
      if (awaited === 0) timer = window.setTimeout(settle, QUIET_MS);
    });
  };
  const observer = new MutationObserver(changed);
  observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  changed();
}
