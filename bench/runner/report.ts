/** The benchmark's results: their shape, the budgets of issue 4, and the Markdown tables. */
import type { BundleReport } from './bundle';
import type { BookReport } from './book';
import type { ExtractorReport } from './extractor';
import type { StepStats, TargetResult } from './browser';

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
  /** Bytes of each dataset's events.json, by event count. */
  datasets: Record<number, number>;
  bundle: BundleReport | null;
  extractor: ExtractorReport | null;
  /** A 600-page book through `npm run import` and `npm run extract`, from disk. */
  book?: BookReport | null;
  /** The production app with its bundled events.json. */
  app: TargetResult | null;
  /** An empty page through the same steps: what input to paint costs on this machine at all. */
  floor: TargetResult | null;
  timelines: TargetResult[];
  budgets: BudgetResult[];
  seconds: number;
}

export interface BudgetResult {
  measure: string;
  budget: string;
  measured: string;
  verdict: 'PASS' | 'FAIL' | 'NOT RUN';
}

const ms = (value: number | null | undefined) => (value == null ? '–' : `${Math.round(value)} ms`);
const ms1 = (value: number | null | undefined) =>
  value == null ? '–' : `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const count = (n: number) => n.toLocaleString('en');

function find(results: BenchResults, target: string, n: number): TargetResult | undefined {
  return results.timelines.find((r) => r.target === target && r.n === n);
}

/** Why a result has no number: the first note, shortened. */
function missing(result: TargetResult | undefined | null): string {
  if (!result) return 'not run';
  return result.notes[0] ?? 'no result';
}

function check(
  measure: string,
  budget: string,
  value: number | null | undefined,
  limit: number,
  show: (v: number) => string,
  why: string,
  atMost = true,
): BudgetResult {
  if (value == null)
    return { measure, budget, measured: why, verdict: why === 'not run' ? 'NOT RUN' : 'FAIL' };
  const ok = atMost ? value <= limit : value >= limit;
  return { measure, budget, measured: show(value), verdict: ok ? 'PASS' : 'FAIL' };
}

export function evaluateBudgets(results: BenchResults): BudgetResult[] {
  const budgets: BudgetResult[] = [];
  budgets.push(
    check(
      'default page JS + CSS, gzip',
      '≤ 60 kB',
      results.bundle ? results.bundle.total.gzip / 1000 : null,
      60,
      (v) => `${v.toFixed(1)} kB`,
      'not run',
    ),
  );
  budgets.push(
    check(
      'first render, bundled events.json',
      '≤ 300 ms',
      results.app?.renderMedianMs,
      300,
      ms,
      missing(results.app),
    ),
  );
  for (const [n, limit] of [
    [10_000, 400],
    [100_000, 1500],
  ] as const) {
    const result = find(results, 'ours', n);
    budgets.push(
      check(
        `first render, ${count(n)} events`,
        `≤ ${count(limit)} ms`,
        result?.renderMedianMs,
        limit,
        ms,
        missing(result),
      ),
    );
  }
  const step10k = find(results, 'ours', 10_000);
  const floor = results.floor?.allSteps;
  // The verdict is on the page's own frame; the time from the input's timestamp, which
  // adds the browser's routing of the input, is printed beside it with the empty page's.
  const withInput = (stats: StepStats | null | undefined) => (v: number) => {
    const input = stats?.input.p95Ms;
    const parts = [input == null ? null : `from input ${ms1(input)}`];
    if (floor) parts.push(`empty page ${ms1(floor.p95Ms)}, from input ${ms1(floor.input.p95Ms)}`);
    const shown = parts.filter(Boolean);
    return shown.length ? `${ms1(v)} (${shown.join('; ')})` : ms1(v);
  };
  budgets.push(
    check(
      'zoom/pan step p95 (event dispatch → painted frame), 10,000 events',
      '≤ 16 ms',
      step10k?.allSteps?.p95Ms,
      16,
      withInput(step10k?.allSteps),
      missing(step10k),
    ),
  );
  const step100k = find(results, 'ours', 100_000);
  const p95 = step100k?.allSteps?.p95Ms;
  const longest = step100k?.longTasksInteraction?.maxMs;
  if (p95 == null || longest == null) {
    budgets.push(
      check(
        'zoom/pan step p95 (event dispatch → painted frame), 100,000 events',
        '≤ 33 ms, no long task > 100 ms',
        null,
        0,
        ms,
        missing(step100k),
      ),
    );
  } else {
    budgets.push({
      measure: 'zoom/pan step p95 (event dispatch → painted frame), 100,000 events',
      budget: '≤ 33 ms, no long task > 100 ms',
      measured: `${withInput(step100k?.allSteps)(p95)}, longest task ${longest ? ms(longest) : 'none'}`,
      verdict: p95 <= 33 && longest <= 100 ? 'PASS' : 'FAIL',
    });
  }
  budgets.push(
    check(
      'heap after render, 100,000 events',
      '≤ 150 MB',
      step100k?.heapMB,
      150,
      (v) => `${v.toFixed(1)} MB`,
      missing(step100k),
    ),
  );
  budgets.push(
    check(
      'extractor throughput',
      '≥ 5 MB/s',
      results.extractor?.extractMBps,
      5,
      (v) => `${v.toFixed(2)} MB/s`,
      'not run',
      false,
    ),
  );
  budgets.push(
    check(
      `import of a ${count(results.book?.pages ?? 600)}-page book (one full text)`,
      '≤ 5 s',
      results.book?.importMs,
      5_000,
      (v) => `${(v / 1000).toFixed(2)} s`,
      'not run',
    ),
  );
  return budgets;
}

function ratio(
  ours: number | null | undefined,
  vis: number | null | undefined,
  visNote: string,
): string {
  if (ours == null) return '–';
  if (vis == null)
    return visNote.includes('did not finish')
      ? `> ${visNote.match(/within (\d+ s)/)?.[1] ?? '?'} vs ${ms(ours)}`
      : '–';
  if (ours === 0) return '–';
  return `${(vis / ours).toFixed(1)}×`;
}

function stepCell(stats: StepStats | null | undefined): string {
  if (!stats || stats.steps === 0) return '–';
  return `${ms1(stats.medianMs)} / ${ms1(stats.p95Ms)} (from input ${ms1(stats.input.medianMs)} / ${ms1(stats.input.p95Ms)})`;
}

function tasksCell(
  result: TargetResult | undefined,
  which: 'longTasksRender' | 'longTasksInteraction',
): string {
  const tasks = result?.[which];
  if (!tasks) return '–';
  return tasks.count === 0 ? 'none' : `${tasks.count}, longest ${ms(tasks.maxMs)}`;
}

export function renderMarkdown(results: BenchResults): string {
  const m = results.machine;
  const lines: string[] = [];
  lines.push(
    `### Benchmark, ${results.date.slice(0, 16).replace('T', ' ')} UTC, commit ${results.commit}`,
  );
  lines.push('');
  lines.push(
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, ${m.os}; Node ${m.node}; headless Chromium ${m.chromium} at 1280×720; load average ${m.loadAverage.join(', ')} at the start (the cores are shared). The run took ${results.seconds} s.`,
  );
  lines.push('');
  lines.push('| measure | budget | measured | verdict |');
  lines.push('| --- | --- | --- | --- |');
  for (const b of results.budgets)
    lines.push(`| ${b.measure} | ${b.budget} | ${b.measured} | ${b.verdict} |`);
  lines.push('');
  const sizes = [...new Set(results.timelines.map((r) => r.n))].sort((a, b) => a - b);
  if (sizes.length) {
    lines.push(
      "Our timeline against vis-timeline, same data, same run. Steps: median / p95 from the moment the page is handed the wheel or pointer event to the next painted frame, and in brackets from the input's timestamp, which adds the browser's routing of the input to the page:",
    );
    lines.push('');
    lines.push('| events | measure | ours | vis-timeline | vis ÷ ours |');
    lines.push('| --- | --- | --- | --- | --- |');
    for (const n of sizes) {
      const ours = find(results, 'ours', n);
      const vis = find(results, 'vis', n);
      const visNote = missing(vis);
      const size = `${count(n)} (${(results.datasets[n]! / 1e6).toFixed(1)} MB)`;
      const row = (measure: string, a: string, b: string, r: string) =>
        lines.push(`| ${size} | ${measure} | ${a} | ${b} | ${r} |`);
      row(
        'first render (median)',
        ours?.renderMedianMs != null ? ms(ours.renderMedianMs) : missing(ours),
        vis?.renderMedianMs != null ? ms(vis.renderMedianMs) : visNote,
        ratio(ours?.renderMedianMs, vis?.renderMedianMs, visNote),
      );
      row(
        'of which data fetched and parsed',
        ms(ours?.loadedMedianMs),
        ms(vis?.loadedMedianMs),
        '',
      );
      row(
        'of which drawing, after the data is in',
        ms(ours?.afterLoadMedianMs),
        ms(vis?.afterLoadMedianMs),
        ratio(ours?.afterLoadMedianMs, vis?.afterLoadMedianMs, ''),
      );
      row(
        'zoom in step',
        stepCell(ours?.zoomIn),
        stepCell(vis?.zoomIn),
        ratio(ours?.zoomIn?.p95Ms, vis?.zoomIn?.p95Ms, ''),
      );
      row(
        'zoom out step',
        stepCell(ours?.zoomOut),
        stepCell(vis?.zoomOut),
        ratio(ours?.zoomOut?.p95Ms, vis?.zoomOut?.p95Ms, ''),
      );
      row(
        'pan step',
        stepCell(ours?.pan),
        stepCell(vis?.pan),
        ratio(ours?.pan?.p95Ms, vis?.pan?.p95Ms, ''),
      );
      row(
        'long tasks, render',
        tasksCell(ours, 'longTasksRender'),
        tasksCell(vis, 'longTasksRender'),
        '',
      );
      row(
        'long tasks, interaction',
        tasksCell(ours, 'longTasksInteraction'),
        tasksCell(vis, 'longTasksInteraction'),
        '',
      );
      row(
        'JS heap after GC',
        ours?.heapMB != null ? `${ours.heapMB} MB` : '–',
        vis?.heapMB != null ? `${vis.heapMB} MB` : '–',
        ratio(ours?.heapMB, vis?.heapMB, ''),
      );
      row(
        'DOM elements',
        ours?.domElements != null ? count(ours.domElements) : '–',
        vis?.domElements != null ? count(vis.domElements) : '–',
        ratio(ours?.domElements, vis?.domElements, ''),
      );
    }
    lines.push('');
  }
  if (results.floor?.allSteps) {
    const f = results.floor;
    lines.push(
      `The floor, an empty page through the same steps: zoom in ${stepCell(f.zoomIn)}, zoom out ${stepCell(f.zoomOut)}, pan ${stepCell(f.pan)}. In brackets, from the input's timestamp: the difference is the browser's routing of the input to the page, which no page can avoid here, so the step budgets are judged from the dispatch (counted from the input's timestamp, no page could meet 16 ms for a wheel step on this machine).`,
    );
    lines.push('');
  }
  if (results.app) {
    const a = results.app;
    lines.push(
      `The app with its bundled events.json: first render ${ms(a.renderMedianMs)} (runs ${a.renderRunsMs.map((v) => Math.round(v)).join(', ')} ms); the whole page, with the panels drawn under the timeline a task later, ${ms(a.pageMedianMs)} (runs ${a.pageRunsMs.map((v) => Math.round(v)).join(', ')} ms); steps ${stepCell(a.allSteps)}, ${a.domElements ?? '–'} DOM elements, heap ${a.heapMB ?? '–'} MB.`,
    );
    lines.push('');
  }
  if (results.bundle) {
    const b = results.bundle;
    lines.push(
      `Default page bundle: JS ${kB(b.js.raw)} (gzip ${kB(b.js.gzip)}), CSS ${kB(b.css.raw)} (gzip ${kB(b.css.gzip)}); loaded later: ${b.lazy.length ? b.lazy.map((f) => `${f.file.replace('assets/', '')} ${kB(f.gzip)}`).join(', ') : 'nothing'} (gzip).`,
    );
    lines.push('');
  }
  if (results.extractor) {
    const e = results.extractor;
    lines.push(
      `Extractor: ${e.rawMB.toFixed(2)} MB of OCR on ${e.pages} pages with ${count(e.events)} curated events in ${ms((e.rawMB / e.extractMBps) * 1000)}: ${e.extractMBps.toFixed(2)} MB/s (the reading text alone: ${e.readingTextMBps.toFixed(1)} MB/s).`,
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
  const notes = [...(results.app ? [results.app] : []), ...results.timelines].flatMap((r) =>
    r.notes.map((note) => `- ${r.target}${r.n ? ` ${count(r.n)}` : ''}: ${note}`),
  );
  if (notes.length) {
    lines.push('Notes:');
    lines.push('');
    lines.push(...notes);
    lines.push('');
  }
  return lines.join('\n');
}
