/**
 * The benchmark's results: their shape, the budgets of issue 14 (every one a ratio of
 * two figures taken in the same run, or the extractor's throughput), and the Markdown
 * of docs/benchmark.md.
 */
import type { BundleReport } from './bundle';
import type { BookReport } from './book';
import type { BookAppFiles } from './bookApp';
import type { ExtractorReport } from './extractor';
import type { StepStats, TargetResult } from './browser';
import type { ScreenResult } from './firstScreen';

export interface BenchResults {
  date: string;
  machine: {
    cpu: string;
    cores: number;
    memoryGB: number;
    os: string;
    node: string;
    chromium: string;
    /** The system's load average (1, 5, 15 minutes) when the run began: others' work on the same cores. */
    loadAverage: number[];
  };
  commit: string;
  /** `--quick`: fewer pages and sizes, for development; its verdicts are not the budgets'. */
  quick: boolean;
  /** Fresh pages per first screen. */
  runs: number;
  /** Bytes of each dataset's events.json, by event count. */
  datasets: Record<number, number>;
  /** Bytes of each generated dataset's timeline index (`events-N.index.json`), by event count. */
  indexes: Record<number, number>;
  bundle: BundleReport | null;
  extractor: ExtractorReport | null;
  /** First screens with events, interleaved, by profile. */
  screens: ScreenResult[];
  /** Zoom and pan steps, long tasks and heap, one page each. */
  interactions: TargetResult[];
  /** A 600-page book through `npm run import` and `npm run extract`, from disk. */
  book?: BookReport | null;
  /** The app's build with the 600-page book as its events.json, and that file's bytes. */
  bookApp?: BookAppFiles | null;
  budgets: BudgetResult[];
  seconds: number;
}

/**
 * A book's import and extraction may each take this many times the bare reading and
 * writing of the same files: the work of reading and checking the text must stay a
 * small multiple of the input and output themselves, however large the book.
 */
const BOOK_STEP_OVER_FLOOR = 4;

/**
 * The app's first screen with a 600-page book may take this many times the data floor
 * (an empty page fetching and parsing the same events.json). The floor pays only the
 * file; the app also loads its script, checks every event (the schema, then
 * `screenEvents`) and lays out the timeline, the day strip, the map and the index,
 * work that grows with the events, not with the page texts kept apart. Twice the floor
 * leaves that work as much time as the file itself, and is what the bundled page's
 * mobile budget allows over an empty page.
 */
const BOOK_APP_OVER_FLOOR = 2;

export interface BudgetResult {
  measure: string;
  budget: string;
  /** The figures the ratio is made of. */
  figures: string;
  ratio: string;
  verdict: 'PASS' | 'FAIL' | 'NOT RUN';
}

const ms = (value: number | null | undefined) => (value == null ? '–' : `${Math.round(value)} ms`);
const ms1 = (value: number | null | undefined) =>
  value == null ? '–' : `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;
const count = (n: number) => n.toLocaleString('en');
const times = (value: number) => `${value < 10 ? value.toFixed(2) : value.toFixed(1)}×`;

export const NAMES: Record<string, string> = {
  ours: 'ours',
  app: 'ours, the bundled page',
  vis: 'vis-timeline',
  tl: 'TimelineJS3',
  floor: 'an empty page',
  datafloor: 'the data floor: the timeline index',
  'datafloor-full': 'the full file, main thread',
  'datafloor-worker': 'the full file in a worker, index posted back',
  'book-app': 'ours, the 600-page book',
  'book-datafloor': "the data floor: the book's events.json",
};

function screen(results: BenchResults, target: string, n: number, profile: string) {
  return results.screens.find((s) => s.target === target && s.n === n && s.profile === profile);
}

function interaction(results: BenchResults, target: string, n: number) {
  return results.interactions.find((r) => r.target === target && r.n === n);
}

function why(...parts: ({ notes: string[] } | undefined)[]): string {
  for (const part of parts) if (!part) return 'not run';
  return parts.flatMap((part) => part!.notes)[0] ?? 'no figure';
}

/** A budget on `top ÷ bottom`: at most `limit` (or at least, with `atLeast`). */
function ratioBudget(
  measure: string,
  limit: number,
  atLeast: boolean,
  top: { label: string; value: number | null | undefined },
  bottom: { label: string; value: number | null | undefined },
  missing: string,
  show: (v: number) => string = ms,
): BudgetResult {
  const budget = `${atLeast ? '≥' : '≤'} ${limit}`;
  if (top.value == null || bottom.value == null || bottom.value === 0)
    return {
      measure,
      budget,
      figures: missing,
      ratio: '–',
      verdict: missing === 'not run' ? 'NOT RUN' : 'FAIL',
    };
  const value = top.value / bottom.value;
  return {
    measure,
    budget,
    figures: `${top.label} ${show(top.value)} ÷ ${bottom.label} ${show(bottom.value)}`,
    ratio: times(value),
    verdict: (atLeast ? value >= limit : value <= limit) ? 'PASS' : 'FAIL',
  };
}

/** The faster of vis-timeline and TimelineJS3 on a profile: the best peer. */
function bestPeer(results: BenchResults, n: number, profile: string) {
  const peers = ['vis', 'tl']
    .map((name) => screen(results, name, n, profile))
    .filter((s): s is ScreenResult => s?.medianMs != null);
  return peers.sort((a, b) => a.medianMs! - b.medianMs!)[0];
}

/** The number of events of the bundled page's dataset (the one small dataset). */
function bundledCount(results: BenchResults): number {
  return Number(
    Object.keys(results.datasets)
      .map(Number)
      .find((n) => n < 1000) ?? 0,
  );
}

/**
 * The most that "best peer ÷ ours" can be, profile by profile: ours cannot draw its events
 * before an empty page's load event on the same profile, so the peer's time over that.
 */
export function peerCeilings(
  results: BenchResults,
): { profile: string; peerMs: number; floorMs: number; ratio: number }[] {
  const bundledN = bundledCount(results);
  return ['mobile', 'desktop'].flatMap((profile) => {
    const peer = bestPeer(results, bundledN, profile)?.medianMs;
    const floor = screen(results, 'floor', 0, profile)?.loadMedianMs;
    return peer != null && floor != null && floor > 0
      ? [{ profile, peerMs: Math.round(peer), floorMs: Math.round(floor), ratio: peer / floor }]
      : [];
  });
}

export function evaluateBudgets(results: BenchResults): BudgetResult[] {
  const budgets: BudgetResult[] = [];
  const bundledN = bundledCount(results);
  for (const [profile, limit] of [
    ['mobile', 2],
    ['desktop', 1.5],
  ] as const) {
    const ours = screen(results, 'app', bundledN, profile);
    const floor = screen(results, 'floor', 0, profile);
    budgets.push(
      ratioBudget(
        `bundled page, ${profile}: first screen with events ÷ empty page's load`,
        limit,
        false,
        { label: 'ours', value: ours?.medianMs },
        { label: 'empty page', value: floor?.loadMedianMs },
        why(ours, floor),
      ),
    );
  }
  for (const profile of ['mobile', 'desktop'] as const) {
    const ours = screen(results, 'app', bundledN, profile);
    const peer = bestPeer(results, bundledN, profile);
    budgets.push(
      ratioBudget(
        `best of vis-timeline and TimelineJS3 ÷ ours, ${count(bundledN)} events, ${profile}`,
        3,
        true,
        { label: peer ? NAMES[peer.target]! : 'best peer', value: peer?.medianMs },
        { label: 'ours', value: ours?.medianMs },
        peer ? why(ours) : why(ours, screen(results, 'vis', bundledN, profile)),
      ),
    );
  }
  {
    const ours = screen(results, 'ours', 10_000, 'desktop');
    const vis = screen(results, 'vis', 10_000, 'desktop');
    budgets.push(
      ratioBudget(
        '10,000 events: vis-timeline ÷ ours, first render',
        10,
        true,
        { label: 'vis-timeline', value: vis?.medianMs },
        { label: 'ours', value: ours?.medianMs },
        why(vis, ours),
      ),
    );
  }
  for (const [n, limit] of [
    [10_000, 1.25],
    [100_000, 1.15],
  ] as const) {
    const ours = screen(results, 'ours', n, 'desktop');
    const floor = screen(results, 'datafloor', n, 'desktop');
    budgets.push(
      ratioBudget(
        `${count(n)} events: ours ÷ the data floor (the timeline index ours draws from)`,
        limit,
        false,
        { label: 'ours', value: ours?.medianMs },
        { label: 'data floor', value: floor?.medianMs },
        why(ours, floor),
      ),
    );
  }
  {
    const ours = interaction(results, 'ours', 10_000);
    const vis = interaction(results, 'vis', 10_000);
    budgets.push(
      ratioBudget(
        'zoom and pan step p95, 10,000 events: vis-timeline ÷ ours',
        10,
        true,
        { label: 'vis-timeline', value: vis?.allSteps?.p95Ms },
        { label: 'ours', value: ours?.allSteps?.p95Ms },
        why(vis, ours),
        ms1,
      ),
    );
  }
  {
    const ours = results.interactions.filter((r) => r.target === 'ours' || r.target === 'app');
    const measured = ours.filter((r) => r.longTasksInteraction);
    const longest = Math.max(0, ...measured.map((r) => r.longTasksInteraction!.maxMs));
    const over = measured.filter((r) => r.longTasksInteraction!.count > 0);
    budgets.push({
      measure: 'long tasks (over 50 ms) during zoom and pan, ours, at every size',
      budget: 'none',
      figures: measured.length
        ? `${measured.map((r) => `${count(r.n)}: ${r.longTasksInteraction!.count}`).join(', ')}${over.length ? `; longest ${ms(longest)}` : ''}`
        : 'not run',
      ratio: '–',
      verdict: measured.length === 0 ? 'NOT RUN' : over.length ? 'FAIL' : 'PASS',
    });
  }
  {
    const ours = interaction(results, 'ours', 100_000);
    const vis = interaction(results, 'vis', 100_000);
    const heap = ratioBudget(
      'heap after render, 100,000 events: ours ÷ vis-timeline',
      0.35,
      false,
      { label: 'ours', value: ours?.heapMB },
      { label: 'vis-timeline', value: vis?.heapMB },
      why(ours, vis),
      (v) => `${v.toFixed(1)} MB`,
    );
    // Both after their first complete render and a forced garbage collection; vis-timeline's
    // render at this size takes minutes, and how long it took is said with its figure.
    const visRender = vis?.renderMedianMs;
    if (heap.ratio !== '–' && visRender != null)
      heap.figures += ` (its first render took ${(visRender / 1000).toFixed(1)} s)`;
    budgets.push(heap);
  }
  const e = results.extractor;
  budgets.push({
    measure: 'extractor throughput',
    budget: '≥ 5 MB/s',
    figures: e ? `${e.rawMB.toFixed(2)} MB in ${ms((e.rawMB / e.extractMBps) * 1000)}` : 'not run',
    ratio: e ? `${e.extractMBps.toFixed(2)} MB/s` : '–',
    verdict: !e ? 'NOT RUN' : e.extractMBps >= 5 ? 'PASS' : 'FAIL',
  });
  const book = results.book;
  const pages = count(book?.pages ?? 600);
  const seconds = (v: number) => `${(v / 1000).toFixed(2)} s`;
  budgets.push(
    ratioBudget(
      `${pages}-page book: npm run import ÷ its floor (reading the text, writing each page)`,
      BOOK_STEP_OVER_FLOOR,
      false,
      { label: 'import', value: book?.importMs },
      { label: 'floor', value: book?.importFloorMs },
      'not run',
      seconds,
    ),
    ratioBudget(
      `${pages}-page book: npm run extract ÷ its floor (reading every file, writing events.json)`,
      BOOK_STEP_OVER_FLOOR,
      false,
      { label: 'extract', value: book?.extractMs },
      { label: 'floor', value: book?.extractFloorMs },
      'not run',
      seconds,
    ),
  );
  const bookApp = results.bookApp;
  const bookN = bookApp?.events ?? 0;
  const bookOurs = screen(results, 'book-app', bookN, 'desktop');
  const bookFloor = screen(results, 'book-datafloor', bookN, 'desktop');
  budgets.push(
    ratioBudget(
      `${pages}-page book (${count(bookN)} events, texts apart), desktop: the app's first screen with events ÷ the data floor (the same events.json fetched and parsed)`,
      BOOK_APP_OVER_FLOOR,
      false,
      { label: 'ours', value: bookOurs?.medianMs },
      { label: 'data floor', value: bookFloor?.medianMs },
      why(bookOurs, bookFloor),
    ),
  );
  return budgets;
}

function stepCell(stats: StepStats | null | undefined): string {
  if (!stats || stats.steps === 0) return '–';
  return `${ms1(stats.medianMs)} / ${ms1(stats.p95Ms)} (from input ${ms1(stats.input.medianMs)} / ${ms1(stats.input.p95Ms)})`;
}

function runsCell(result: ScreenResult | undefined, load = false): string {
  if (!result) return 'not run';
  const runs = load ? result.loadRunsMs : result.runsMs;
  const median = load ? result.loadMedianMs : result.medianMs;
  if (median == null) return result.notes[0] ?? '–';
  return `${ms(median)} (${runs.map((v) => Math.round(v)).join(', ')})`;
}

export function renderMarkdown(results: BenchResults): string {
  const m = results.machine;
  const lines: string[] = [];
  lines.push(
    `### Benchmark, ${results.date.slice(0, 16).replace('T', ' ')} UTC, commit ${results.commit}${results.quick ? ' (quick run: not the budgets’ verdict)' : ''}`,
  );
  lines.push('');
  lines.push(
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, ${m.os}; Node ${m.node}; headless Chromium ${m.chromium}; load average ${m.loadAverage.join(', ')} at the start (the cores are shared). ${results.runs} fresh pages per first screen, the pages of a comparison taken in turn; medians. The run took ${results.seconds} s.`,
  );
  lines.push('');
  lines.push('| measure | budget | figures (medians) | ratio | verdict |');
  lines.push('| --- | --- | --- | --- | --- |');
  for (const b of results.budgets)
    lines.push(`| ${b.measure} | ${b.budget} | ${b.figures} | ${b.ratio} | ${b.verdict} |`);
  lines.push('');
  const profiles = [...new Set(results.screens.map((s) => s.profile))];
  if (profiles.length) {
    lines.push(
      'First screen with events, from navigation start to the paint of the first frame that has one drawn (the empty page: its load event), median and each fresh page, in the order they were taken:',
    );
    lines.push('');
    lines.push('| profile | events | page | first screen | load event |');
    lines.push('| --- | --- | --- | --- | --- |');
    for (const profile of profiles)
      for (const s of results.screens.filter((r) => r.profile === profile))
        lines.push(
          `| ${profile} | ${s.n ? count(s.n) : '–'} | ${NAMES[s.target] ?? s.target} | ${runsCell(s)} | ${runsCell(s, true)} |`,
        );
    lines.push('');
  }
  const ceilings = peerCeilings(results);
  if (ceilings.length) {
    lines.push(
      `What the peer ratio can reach: a page cannot show events before an empty page has loaded, so the best peer ÷ ours is at most the best peer ÷ the empty page's load: ${ceilings.map((c) => `${c.profile} ${c.peerMs} ÷ ${c.floorMs} ms = ${c.ratio.toFixed(2)}×`).join('; ')}.`,
    );
    lines.push('');
  }
  if (results.interactions.length) {
    lines.push(
      "Interaction, desktop profile, one page each: zoom in, pan and zoom out by ten wheel notches or drag moves, each timed from the page being handed the event to the next painted frame (median / p95), and in brackets from the input's timestamp; long tasks over 50 ms during the steps; the JS heap after a forced garbage collection:",
    );
    lines.push('');
    lines.push('| events | page | steps, all | long tasks, interaction | heap | DOM elements |');
    lines.push('| --- | --- | --- | --- | --- | --- |');
    for (const r of results.interactions) {
      const tasks = r.longTasksInteraction;
      lines.push(
        `| ${count(r.n)} | ${NAMES[r.target] ?? r.target} | ${stepCell(r.allSteps)} | ${tasks ? (tasks.count ? `${tasks.count}, longest ${ms(tasks.maxMs)}` : 'none') : '–'} | ${r.heapMB != null ? `${r.heapMB} MB` : '–'} | ${r.domElements != null ? count(r.domElements) : '–'} |`,
      );
    }
    lines.push('');
  }
  const sized = Object.keys(results.indexes ?? {}).map(Number);
  if (sized.length) {
    lines.push(
      `Datasets: ${sized.map((n) => `${count(n)} events, events.json ${(results.datasets[n]! / 1e6).toFixed(1)} MB and its timeline index ${(results.indexes[n]! / 1e6).toFixed(1)} MB`).join('; ')}.`,
    );
    lines.push('');
  }
  if (results.bundle) {
    const b = results.bundle;
    const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
    lines.push(
      `The built page: HTML ${kB(b.html.raw)} (gzip ${kB(b.html.gzip)}) with the explorer drawn in it; JS ${kB(b.js.raw)} (gzip ${kB(b.js.gzip)}) and CSS ${kB(b.css.raw)} (gzip ${kB(b.css.gzip)}) loaded up front, the CSS before the first paint.`,
    );
    lines.push('');
  }
  if (results.extractor) {
    const e = results.extractor;
    lines.push(
      `Extractor: ${e.rawMB.toFixed(2)} MB of OCR on ${e.pages} pages with ${count(e.events)} curated events: ${e.extractMBps.toFixed(2)} MB/s (the reading text alone: ${e.readingTextMBps.toFixed(1)} MB/s).`,
    );
    lines.push('');
  }
  if (results.book) {
    const b = results.book;
    const seconds = (v: number) => `${(v / 1000).toFixed(2)} s`;
    lines.push(
      `Whole book: ${count(b.pages)} pages (${b.rawMB.toFixed(2)} MB of OCR in one full text with form feeds, running heads on both sides): \`npm run import\` ${seconds(b.importMs)}, ${(b.importMs / b.importFloorMs).toFixed(1)}× its floor (reading the text and writing each page's file, ${seconds(b.importFloorMs)}); \`npm run extract\` of it curated with ${count(b.events)} events ${seconds(b.extractMs)}, ${(b.extractMs / b.extractFloorMs).toFixed(1)}× its floor (reading and parsing every page and curation file and writing ${b.eventsMB.toFixed(1)} MB, ${seconds(b.extractFloorMs)}).`,
    );
    lines.push('');
  }
  if (results.bookApp) {
    const b = results.bookApp;
    const mb = (v: number) => `${(v / 1e6).toFixed(2)} MB`;
    lines.push(
      `The book in the app: events.json of ${count(b.pages)} pages and ${count(b.events)} events is ${mb(b.apartBytes)} with the page texts apart (${count(b.pages)} page text files, ${mb(b.pageTextBytes)}, fetched one by one as pages are opened) and would be ${mb(b.inlineBytes)} with them inline.`,
    );
    lines.push('');
  }
  const notes = [...results.screens, ...results.interactions].flatMap((r) =>
    r.notes.map(
      (note) => `- ${NAMES[r.target] ?? r.target}${r.n ? ` ${count(r.n)}` : ''}: ${note}`,
    ),
  );
  if (notes.length) {
    lines.push('Notes:');
    lines.push('');
    lines.push(...notes);
    lines.push('');
  }
  return lines.join('\n');
}
