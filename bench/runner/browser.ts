/**
 * The in-browser measurements: first complete render on fresh pages, then zoom in,
 * pan and zoom out by real input (mouse wheel and drag), each step timed from the
 * input event to the next painted frame; long tasks, JS heap after a forced GC and
 * the number of DOM elements. Every wait is capped, so a page that cannot finish is
 * reported as such instead of hanging the run.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import type { StepTiming } from '../pages/harness';
import { median, percentile, round } from './stats';

export interface Target {
  /** `ours`, `vis` or `app`. */
  name: string;
  /** The page URL for `n` events. */
  url: (n: number) => string;
  /** The element the wheel and drag go to. */
  plot: string;
  /** An element that exists once marks are drawn. */
  ready: string;
}

export interface LongTaskSummary {
  count: number;
  maxMs: number;
  totalMs: number;
}

export interface StepStats {
  steps: number;
  /** From the page being handed the input to the next painted frame: the page's own work. */
  medianMs: number | null;
  p95Ms: number | null;
  maxMs: number | null;
  /** From the input's timestamp, so with the browser's routing of it to the page. */
  input: { medianMs: number | null; p95Ms: number | null };
}

export interface TargetResult {
  target: string;
  n: number;
  /** Each fresh page's time from navigation start to the first complete render. */
  renderRunsMs: number[];
  renderMedianMs: number | null;
  /**
   * The app only: each fresh page's time to the first render of the whole page, the
   * panels under the timeline included, and its median.
   */
  pageRunsMs: number[];
  pageMedianMs: number | null;
  /** When the data had been fetched and parsed (median), for the bench pages. */
  loadedMedianMs: number | null;
  /** From the data in hand to the first complete render (median): the timeline's own part. */
  afterLoadMedianMs: number | null;
  longTasksRender: LongTaskSummary | null;
  heapMB: number | null;
  domElements: number | null;
  zoomIn: StepStats | null;
  pan: StepStats | null;
  zoomOut: StepStats | null;
  allSteps: StepStats | null;
  longTasksInteraction: LongTaskSummary | null;
  /** Why something is missing: a page that did not finish, a step that timed out. */
  notes: string[];
}

export interface MeasureOptions {
  runs: number;
  /** Longest wait for one first render. */
  renderTimeoutMs: number;
  /** Longest wait for one input step. */
  stepTimeoutMs: number;
  /** Longest time for all the steps of one phase. */
  phaseBudgetMs: number;
  /** Steps per phase. */
  steps: number;
  /** A first render slower than this ends the fresh runs for the target and size. */
  slowRenderMs: number;
  /** Whether to run the zoom and pan steps; default true. */
  interact?: boolean;
  /** Script run in the page before its own scripts (the app page's completion watcher). */
  initScript?: string;
}

class Timeout extends Error {}

function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Timeout(`timed out after ${ms} ms`)), ms);
    }),
  ]);
}

async function closeQuietly(context: BrowserContext): Promise<void> {
  await within(context.close(), 15_000).catch(() => undefined);
}

function summarize(tasks: { start: number; duration: number }[]): LongTaskSummary {
  return {
    count: tasks.length,
    maxMs: round(Math.max(0, ...tasks.map((t) => t.duration)))!,
    totalMs: round(tasks.reduce((sum, t) => sum + t.duration, 0))!,
  };
}

function stepStats(timings: StepTiming[]): StepStats {
  const page = timings.map((t) => t.fromDispatch);
  const input = timings.map((t) => t.fromInput);
  return {
    steps: timings.length,
    medianMs: round(median(page)),
    p95Ms: round(percentile(page, 95)),
    maxMs: page.length ? round(Math.max(...page)) : null,
    input: { medianMs: round(median(input)), p95Ms: round(percentile(input, 95)) },
  };
}

/** Waits until the page reports its first render complete (or an error), by polling. */
async function waitForComplete(page: Page, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const left = deadline - Date.now();
    if (left <= 0) throw new Timeout(`did not finish within ${Math.round(timeoutMs / 1000)} s`);
    // A page busy for a long time cannot answer: the evaluation itself is capped too.
    const state = await within(
      page.evaluate(() =>
        window.__bench ? { at: window.__bench.completeAt, error: window.__bench.error } : null,
      ),
      left,
    ).catch((error: unknown) => {
      if (error instanceof Timeout)
        throw new Timeout(`did not finish within ${Math.round(timeoutMs / 1000)} s`);
      throw error;
    });
    if (state?.error) throw new Error(`page error: ${state.error}`);
    if (state?.at != null) return state.at;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Waits until a page that watches its whole first render (the app's watcher) reports it,
 * and returns when; null for pages that watch only their timeline.
 */
async function waitForPage(page: Page, timeoutMs: number): Promise<number | null> {
  const watched = await page.evaluate(() => window.__bench.pageCompleteAt !== undefined);
  if (!watched) return null;
  await page.waitForFunction(() => window.__bench.pageCompleteAt != null, null, {
    timeout: timeoutMs,
    polling: 100,
  });
  return page.evaluate(() => window.__bench.pageCompleteAt ?? null);
}

async function openPage(browser: Browser, url: string, options: MeasureOptions) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    deviceScaleFactor: 1,
    timezoneId: 'UTC',
    locale: 'en-GB',
  });
  if (options.initScript) await context.addInitScript(options.initScript);
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'commit' });
  return { context, page };
}

/** Runs the steps of one phase; stops early when a step or the phase takes too long. */
async function runPhase(
  page: Page,
  options: MeasureOptions,
  notes: string[],
  label: string,
  kind: 'wheel' | 'pointermove',
  input: (i: number) => Promise<void>,
): Promise<StepTiming[]> {
  const samples: StepTiming[] = [];
  const started = Date.now();
  for (let i = 0; i < options.steps; i++) {
    await page.evaluate((k) => window.__bench.arm(k), kind);
    await input(i);
    try {
      samples.push(
        await within(
          page.evaluate(() => window.__bench.step!),
          options.stepTimeoutMs,
        ),
      );
    } catch (error) {
      notes.push(`${label}: step ${i + 1} ${(error as Error).message}`);
      throw error;
    }
    if (Date.now() - started > options.phaseBudgetMs && i + 1 < options.steps) {
      notes.push(
        `${label}: stopped after ${i + 1} of ${options.steps} steps (over ${options.phaseBudgetMs / 1000} s)`,
      );
      break;
    }
  }
  return samples;
}

async function interact(page: Page, target: Target, options: MeasureOptions, result: TargetResult) {
  const box = await page.locator(target.plot).first().boundingBox();
  if (!box) throw new Error(`no ${target.plot} on the page`);
  const x = box.x + box.width / 2;
  const y = box.y + Math.min(box.height / 2, 160);
  await page.mouse.move(x, y);
  const since = await page.evaluate(() => performance.now());
  const wheel = (deltaY: number) => () => page.mouse.wheel(0, deltaY);
  const settle = () => page.waitForTimeout(400);
  const zoomIn = await runPhase(page, options, result.notes, 'zoom in', 'wheel', wheel(-100));
  result.zoomIn = stepStats(zoomIn);
  await settle();
  await page.mouse.move(x, y);
  await page.mouse.down();
  const pan = await runPhase(page, options, result.notes, 'pan', 'pointermove', (i) =>
    page.mouse.move(x - 30 * (i + 1), y),
  ).finally(() => page.mouse.up());
  result.pan = stepStats(pan);
  await settle();
  await page.mouse.move(x, y);
  const zoomOut = await runPhase(page, options, result.notes, 'zoom out', 'wheel', wheel(100));
  result.zoomOut = stepStats(zoomOut);
  result.allSteps = stepStats([...zoomIn, ...pan, ...zoomOut]);
  await settle();
  const tasks = await page.evaluate(
    (from) => window.__bench.longTasks.filter((task) => task.start >= from),
    since,
  );
  result.longTasksInteraction = summarize(tasks);
}

/** Everything for one target at one size. */
export async function measureTarget(
  browser: Browser,
  target: Target,
  n: number,
  options: MeasureOptions,
  log: (line: string) => void,
): Promise<TargetResult> {
  const result: TargetResult = {
    target: target.name,
    n,
    renderRunsMs: [],
    renderMedianMs: null,
    pageRunsMs: [],
    pageMedianMs: null,
    loadedMedianMs: null,
    afterLoadMedianMs: null,
    longTasksRender: null,
    heapMB: null,
    domElements: null,
    zoomIn: null,
    pan: null,
    zoomOut: null,
    allSteps: null,
    longTasksInteraction: null,
    notes: [],
  };
  const loaded: number[] = [];
  const afterLoad: number[] = [];
  let renderTasks: LongTaskSummary[] = [];
  for (let run = 0; run < options.runs; run++) {
    const { context, page } = await openPage(browser, target.url(n), options);
    try {
      const at = await waitForComplete(page, options.renderTimeoutMs);
      result.renderRunsMs.push(round(at)!);
      // A page this slow gets no more fresh runs, so the whole benchmark keeps to its time.
      const slow = at > options.slowRenderMs;
      const last = run === options.runs - 1 || slow;
      if (slow && !last)
        result.notes.push(`first render took ${Math.round(at / 1000)} s: one run only`);
      const info = await page.evaluate((completeAt) => {
        const b = window.__bench;
        return {
          loadedAt: b.loadedAt,
          tasks: b.longTasks.filter((task) => task.start < completeAt),
        };
      }, at);
      if (info.loadedAt !== null) {
        loaded.push(info.loadedAt);
        afterLoad.push(at - info.loadedAt);
      }
      renderTasks.push(summarize(info.tasks));
      log(`  ${target.name} ${n}: first render ${Math.round(at)} ms`);
      const pageAt = await waitForPage(page, options.renderTimeoutMs);
      if (pageAt !== null) result.pageRunsMs.push(round(pageAt)!);
      if (last) {
        const cdp = await context.newCDPSession(page);
        await cdp.send('HeapProfiler.collectGarbage');
        await cdp.send('Performance.enable');
        const { metrics } = await cdp.send('Performance.getMetrics');
        const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? null;
        result.heapMB = heap === null ? null : round(heap / 1e6);
        result.domElements = await page.evaluate(() => document.getElementsByTagName('*').length);
        if (options.interact !== false) {
          try {
            await interact(page, target, options, result);
          } catch (error) {
            const message = (error as Error).message;
            if (!result.notes.some((note) => note.includes(message)))
              result.notes.push(`interaction: ${message}`);
          }
        }
        await closeQuietly(context);
        break;
      }
    } catch (error) {
      result.notes.push(`first render ${(error as Error).message}`);
      log(`  ${target.name} ${n}: ${(error as Error).message}`);
      await closeQuietly(context);
      break;
    }
    await closeQuietly(context);
  }
  result.renderMedianMs = round(median(result.renderRunsMs));
  result.pageMedianMs = round(median(result.pageRunsMs));
  result.loadedMedianMs = round(median(loaded));
  result.afterLoadMedianMs = round(median(afterLoad));
  if (renderTasks.length) {
    renderTasks = renderTasks.sort((a, b) => a.totalMs - b.totalMs);
    result.longTasksRender = renderTasks[renderTasks.length >> 1]!;
  }
  return result;
}
