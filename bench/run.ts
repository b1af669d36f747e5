/**
 * `npm run bench`: builds the production app (prerendered) and the bench pages, writes
 * the seeded datasets, then measures, in one run and with the pages of each comparison
 * taken in turn: the first screen with events of the bundled page, an empty page,
 * vis-timeline and TimelineJS3 on a phone's profile and a desktop's; the first render
 * of our timeline, vis-timeline and the data floor at 10,000 and 100,000 events; the
 * zoom and pan steps, long tasks and heap; and the extractor. It prints every budget of
 * issue 14 as a ratio with its figures and PASS or FAIL, and writes
 * bench/results/latest.{json,md}; `--docs` also puts the table in docs/benchmark.md.
 *
 * Options: `--quick` (two rounds, 10,000 events only, vis-timeline not at 100,000: for
 * development, its verdicts are not the budgets'), `--sizes 10000,100000`, `--runs 5`
 * (fresh pages per first screen), `--only screens,sizes,steps,bundle,extractor,book,tests`
 * or `--skip` the same names, `--out DIR`, `--docs`.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  cpSync,
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, totalmem, platform, release } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from '@playwright/test';
import * as prettier from 'prettier';
import { generateEventsFile } from './generate/events';
import { buildTimelineIndex } from '../src/lib/events/timelineIndex';
import { measureTarget, type MeasureOptions, type Target } from './runner/browser';
import { measureBook } from './runner/book';
import { writeBookApp } from './runner/bookApp';
import { buildAndMeasureBundle } from './runner/bundle';
import { measureExtractor } from './runner/extractor';
import { DESKTOP, MOBILE, measureFirstScreens, type ScreenTarget } from './runner/firstScreen';
import { serveFolder } from './runner/server';
import { chromiumExecutable, QUIET_CHROMIUM_ARGS } from '../chromium';
import { BENCH_DIST } from './vite.config';
import { evaluateBudgets, renderMarkdown, type BenchResults } from './runner/report';

const here = import.meta.dirname;
const root = join(here, '..');
const dist = BENCH_DIST;
const cache = join(BENCH_DIST, '..', 'cache');
const started = Date.now();
const log = (line: string) =>
  console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}`);

/** The longest wait for vis-timeline's first render at 100,000 events, before its heap is read. */
const VIS_100K_RENDER_MS = 15 * 60_000;

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    sizes: { type: 'string' },
    runs: { type: 'string' },
    only: { type: 'string' },
    skip: { type: 'string', default: '' },
    out: { type: 'string', default: join(here, 'results') },
    docs: { type: 'boolean', default: false },
  },
});
const quick = values.quick;
const sizes = (values.sizes ?? (quick ? '10000' : '10000,100000')).split(',').map(Number);
const runs = Number(values.runs ?? (quick ? 2 : 5));
const skip = new Set(values.skip.split(',').filter(Boolean));
const wanted = (name: string) =>
  (!values.only || values.only.split(',').includes(name)) && !skip.has(name);

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8' });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
}

/**
 * Writes the dataset for `n` and the timeline's index of it (`events-N.index.json`) into
 * the bench build, generating them once per generator version. Returns both sizes.
 */
function writeDataset(n: number): { full: number; index: number } {
  const version = createHash('sha1')
    .update(readFileSync(join(here, 'generate/events.ts')))
    .update(readFileSync(join(here, 'generate/random.ts')))
    .update(readFileSync(join(root, 'src/lib/events/timelineIndex.ts')))
    .digest('hex')
    .slice(0, 10);
  mkdirSync(cache, { recursive: true });
  const cached = join(cache, `events-${n}-${version}.json`);
  const cachedIndex = join(cache, `events-${n}-${version}.index.json`);
  if (!existsSync(cached) || !existsSync(cachedIndex)) {
    const file = generateEventsFile(n);
    writeFileSync(cached, JSON.stringify(file));
    writeFileSync(cachedIndex, JSON.stringify(buildTimelineIndex(file)));
  }
  mkdirSync(join(dist, 'data'), { recursive: true });
  const link = (from: string, name: string) => {
    const target = join(dist, 'data', name);
    // Linked, not copied: writing 100 MB again on every run left the disk flushing it while
    // the first pages were measured.
    rmSync(target, { force: true });
    try {
      linkSync(from, target);
    } catch {
      copyFileSync(from, target);
    }
    return statSync(target).size;
  };
  return {
    full: link(cached, `events-${n}.json`),
    index: link(cachedIndex, `events-${n}.index.json`),
  };
}

/** The bundled events.json as a dataset of the bench build, under its number of events. */
function writeBundledDataset(): number {
  const text = readFileSync(join(root, 'events.json'), 'utf8');
  const n = (JSON.parse(text) as { events: unknown[] }).events.length;
  mkdirSync(join(dist, 'data'), { recursive: true });
  writeFileSync(join(dist, 'data', `events-${n}.json`), text);
  return n;
}

/** TimelineJS3's own built script and stylesheet (with its icons), served from the bench build. */
function copyTimelineJs(): void {
  const from = join(root, 'node_modules', '@knight-lab', 'timelinejs', 'dist');
  mkdirSync(join(dist, 'tl', 'js'), { recursive: true });
  copyFileSync(join(from, 'js', 'timeline.js'), join(dist, 'tl', 'js', 'timeline.js'));
  cpSync(join(from, 'css'), join(dist, 'tl', 'css'), { recursive: true });
}

/** Puts the table between docs/benchmark.md's `bench:latest` markers (`--docs`). */
async function quoteInDocs(markdown: string): Promise<void> {
  const path = join(root, 'docs', 'benchmark.md');
  const doc = readFileSync(path, 'utf8');
  const start = '<!-- bench:latest -->';
  const end = '<!-- /bench:latest -->';
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  if (from < 0 || to < from) throw new Error(`docs/benchmark.md has no ${start} … ${end} block`);
  const quoted = `${doc.slice(0, from + start.length)}\n\n${markdown}\n${doc.slice(to)}`;
  // Formatted as `npm run lint` wants it (tables padded).
  const options = (await prettier.resolveConfig(path)) ?? {};
  writeFileSync(path, await prettier.format(quoted, { ...options, filepath: path }));
}

async function main(): Promise<void> {
  const results: BenchResults = {
    date: new Date().toISOString(),
    machine: {
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      memoryGB: Math.round(totalmem() / 1e9),
      os: `${platform()} ${release()}`,
      node: process.version,
      chromium: '',
      loadAverage: loadavg().map((value) => Math.round(value * 10) / 10),
    },
    commit: spawnSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: root,
      encoding: 'utf8',
    }).stdout.trim(),
    quick,
    runs,
    datasets: {},
    indexes: {},
    bundle: null,
    extractor: null,
    book: null,
    bookApp: null,
    screens: [],
    interactions: [],
    budgets: [],
    seconds: 0,
  };

  if (wanted('tests')) {
    log('generators: npx vitest run --config bench/vitest.config.ts');
    run('npx', ['vitest', 'run', '--config', 'bench/vitest.config.ts']);
  }
  // The extractor and the builds first, while nothing else competes for the two cores.
  if (wanted('extractor')) {
    log('extractor: synthetic book, proportional curation');
    const report = measureExtractor();
    results.extractor = report;
    log(
      `  ${report.rawMB.toFixed(2)} MB, ${report.events} events: ${report.extractMBps.toFixed(2)} MB/s`,
    );
  }
  if (wanted('book')) {
    log('book: npm run import and npm run extract of a 600-page synthetic book');
    const book = measureBook();
    results.book = book;
    log(
      `  import ${(book.importMs / 1000).toFixed(2)} s (floor ${(book.importFloorMs / 1000).toFixed(2)} s), extract ${(book.extractMs / 1000).toFixed(2)} s (floor ${(book.extractFloorMs / 1000).toFixed(2)} s)`,
    );
  }
  const appDir = join(BENCH_DIST, '..', 'app');
  log('app: vite build (the explorer prerendered)');
  results.bundle = buildAndMeasureBundle(root, appDir);
  log(`  index.html ${(results.bundle.html.gzip / 1000).toFixed(1)} kB gzip`);

  log('bench pages: vite build --config bench/vite.config.ts');
  run('npx', ['vite', 'build', '--config', 'bench/vite.config.ts']);
  copyTimelineJs();
  const bundledN = writeBundledDataset();
  results.datasets[bundledN] = statSync(join(root, 'events.json')).size;
  for (const n of sizes) {
    const { full, index } = writeDataset(n);
    results.datasets[n] = full;
    results.indexes[n] = index;
    log(
      `  dataset ${n}: ${(full / 1e6).toFixed(1)} MB, its timeline index ${(index / 1e6).toFixed(1)} MB`,
    );
  }
  // What the builds and datasets wrote goes to disk now, not while the pages are measured.
  spawnSync('sync');

  const bookAppDir = join(BENCH_DIST, '..', 'app-book');
  if (wanted('book')) {
    log('book: the app built, with a 600-page book as its events.json (texts apart)');
    const files = writeBookApp(appDir, bookAppDir, dist);
    if (results.datasets[files.events] !== undefined)
      throw new Error(`the book's ${files.events} events collide with a dataset of that size`);
    results.bookApp = files;
    log(
      `  events.json ${(files.apartBytes / 1e6).toFixed(2)} MB with the texts apart (${files.pages} page text files, ${(files.pageTextBytes / 1e6).toFixed(2)} MB), ${(files.inlineBytes / 1e6).toFixed(2)} MB with them inline`,
    );
    spawnSync('sync');
  }

  const server = await serveFolder(dist);
  const appServer = await serveFolder(appDir);
  const bookServer = results.bookApp ? await serveFolder(bookAppDir) : null;
  // The servers compress each file once: done now, not during a measured page (the
  // datasets too large to be compressed are not).
  const compressed = [
    ...Object.entries(results.datasets)
      .filter(([, bytes]) => bytes <= 20e6)
      .map(([n]) => `events-${n}.json`),
    ...Object.entries(results.indexes)
      .filter(([, bytes]) => bytes <= 20e6)
      .map(([n]) => `events-${n}.index.json`),
  ];
  for (const url of [
    `${appServer.origin}/`,
    ...compressed.map((name) => `${server.origin}/data/${name}`),
  ])
    await fetch(url, { headers: { 'accept-encoding': 'gzip' } }).then((r) => r.arrayBuffer());

  // A browser for each group of measurements, so nothing one leaves behind (a closed page
  // of vis-timeline held 360 MB) weighs on the next.
  const withBrowser = async <T>(measure: (browser: Browser) => Promise<T>): Promise<T> => {
    const browser = await chromium.launch({
      executablePath: chromiumExecutable(),
      args: [...QUIET_CHROMIUM_ARGS, '--enable-precise-memory-info'],
    });
    results.machine.chromium = browser.version();
    try {
      return await measure(browser);
    } finally {
      await browser.close().catch(() => undefined);
    }
  };
  try {
    if (wanted('screens')) {
      const targets: ScreenTarget[] = [
        { name: 'floor', n: 0, url: `${server.origin}/blank.html`, ready: '.plot' },
        { name: 'app', n: bundledN, url: `${appServer.origin}/`, ready: '.timeline .mark' },
        {
          name: 'vis',
          n: bundledN,
          url: `${server.origin}/vis.html?n=${bundledN}`,
          ready: '.vis-item',
        },
        {
          name: 'tl',
          n: bundledN,
          url: `${server.origin}/timelinejs.html?n=${bundledN}`,
          ready: '.tl-timemarker',
        },
      ];
      for (const profile of [MOBILE, DESKTOP]) {
        log(`first screens, ${bundledN} events, ${profile.name} profile, ${runs} rounds`);
        results.screens.push(
          ...(await withBrowser((browser) =>
            measureFirstScreens(browser, targets, profile, runs, log),
          )),
        );
      }
    }
    if (bookServer && results.bookApp) {
      const n = results.bookApp.events;
      // The production app against the data floor on the same file: interleaved, fresh pages.
      const targets: ScreenTarget[] = [
        {
          name: 'book-app',
          n,
          url: `${bookServer.origin}/`,
          // A mark of the book's own ("Dispatch 12 at Gatchina", or a cluster listing them),
          // not one of the bundled events the page was prerendered with.
          ready: '.timeline .mark[aria-label*="Dispatch"]',
        },
        {
          name: 'book-datafloor',
          n,
          url: `${server.origin}/datafloor.html?n=${n}&file=full`,
          ready: '.plot',
        },
      ];
      const rounds = Math.max(runs, 5);
      log(`first screen, the 600-page book (${n} events), desktop profile, ${rounds} rounds`);
      results.screens.push(
        ...(await withBrowser((browser) =>
          measureFirstScreens(browser, targets, DESKTOP, rounds, log),
        )),
      );
    }
    if (wanted('sizes')) {
      for (const n of sizes) {
        // Ours draws from the timeline's index; the data floor is measured three ways: that
        // index, the full file on the main thread, the full file parsed in a worker.
        const floor = (name: string, query: string): ScreenTarget => ({
          name,
          n,
          url: `${server.origin}/datafloor.html?n=${n}&${query}`,
          ready: '.plot',
        });
        const targets: ScreenTarget[] = [
          { name: 'ours', n, url: `${server.origin}/index.html?n=${n}&file=index`, ready: '.mark' },
          floor('datafloor', 'file=index'),
          floor('datafloor-full', 'file=full'),
          floor('datafloor-worker', 'via=worker'),
        ];
        // vis-timeline takes over a minute at 100,000: it is timed there with its heap below.
        if (n < 100_000)
          targets.push({
            name: 'vis',
            n,
            url: `${server.origin}/vis.html?n=${n}`,
            ready: '.vis-item',
          });
        log(`first render, ${n} events, desktop profile, ${runs} rounds`);
        results.screens.push(
          ...(await withBrowser((browser) =>
            measureFirstScreens(browser, targets, DESKTOP, runs, log),
          )),
        );
      }
    }
    if (wanted('steps')) {
      const base: MeasureOptions = {
        runs: 1,
        renderTimeoutMs: 60_000,
        slowRenderMs: 15_000,
        stepTimeoutMs: 20_000,
        phaseBudgetMs: 30_000,
        steps: 10,
      };
      const app: Target = {
        name: 'app',
        url: () => `${appServer.origin}/`,
        plot: '.plot',
        ready: '.timeline .mark',
      };
      const ours: Target = {
        name: 'ours',
        url: (n) => `${server.origin}/index.html?n=${n}&file=index`,
        plot: '.plot',
        ready: '.mark',
      };
      const vis: Target = {
        name: 'vis',
        url: (n) => `${server.origin}/vis.html?n=${n}`,
        plot: '.vis-center',
        ready: '.vis-item',
      };
      const jobs: [Target, number, MeasureOptions][] = [
        [
          app,
          bundledN,
          { ...base, initScript: readFileSync(join(here, 'pages/watch-app.js'), 'utf8') },
        ],
      ];
      for (const n of sizes) {
        jobs.push([ours, n, base]);
        // At 100,000, vis-timeline's steps take seconds each: its heap after its first render
        // is what is measured. That render took 118.5 s at load 3 (2 December; it had not
        // finished within 180 s at load 6-14), so it is given 15 minutes.
        if (n < 100_000) jobs.push([vis, n, base]);
        else if (!quick)
          jobs.push([vis, n, { ...base, renderTimeoutMs: VIS_100K_RENDER_MS, interact: false }]);
      }
      for (const [target, n, options] of jobs) {
        log(`steps and heap: ${target.name}, ${n} events`);
        const result = await withBrowser((browser) =>
          measureTarget(browser, target, n, options, log),
        );
        results.interactions.push(result);
        if (result.allSteps)
          log(`  steps: median ${result.allSteps.medianMs} ms, p95 ${result.allSteps.p95Ms} ms`);
        for (const note of result.notes) log(`  note: ${note}`);
      }
    }
  } finally {
    await server.close();
    await appServer.close();
    await bookServer?.close();
  }

  results.seconds = Math.round((Date.now() - started) / 1000);
  results.budgets = evaluateBudgets(results);
  const markdown = renderMarkdown(results);
  mkdirSync(values.out, { recursive: true });
  writeFileSync(join(values.out, 'latest.json'), JSON.stringify(results, null, 2) + '\n');
  writeFileSync(join(values.out, 'latest.md'), markdown);
  if (values.docs) await quoteInDocs(markdown);
  console.log('\n' + markdown);
  const failed = results.budgets.filter((b) => b.verdict !== 'PASS').length;
  console.log(failed ? `${failed} budget(s) not met.` : 'Every budget met.');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
