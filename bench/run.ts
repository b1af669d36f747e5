/**
 * `npm run bench`: builds the bench pages and the production app, writes the
 * seeded datasets, then measures our timeline and vis-timeline on the same data in
 * the same headless Chromium, the production bundle and the extractor, and writes
 * bench/results/latest.{json,md} with PASS or FAIL for each budget of issue 4.
 *
 * Options: `--sizes 1000,10000` (default 1000,10000,100000), `--runs 5` (fresh pages per
 * first render; five, as the medians of three moved by up to ~180 ms between runs here),
 * `--only ours,vis,app,floor,bundle,extractor,book,tests` or `--skip` the same names, `--out DIR`,
 * `--readme` (quote the table in README.md).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
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
import {
  measureTarget,
  type MeasureOptions,
  type Target,
  type TargetResult,
} from './runner/browser';
import { buildAndMeasureBundle, type BundleReport } from './runner/bundle';
import { measureBook } from './runner/book';
import { measureExtractor, type ExtractorReport } from './runner/extractor';
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

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,100000' },
    runs: { type: 'string', default: '5' },
    only: { type: 'string' },
    skip: { type: 'string', default: '' },
    out: { type: 'string', default: join(here, 'results') },
    readme: { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);
const skip = new Set(values.skip.split(',').filter(Boolean));
const wanted = (name: string) =>
  (!values.only || values.only.split(',').includes(name)) && !skip.has(name);

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8' });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
}

/** Writes the dataset for `n` into the bench build, generating it once per generator version. */
function writeDataset(n: number): number {
  const version = createHash('sha1')
    .update(readFileSync(join(here, 'generate/events.ts')))
    .update(readFileSync(join(here, 'generate/random.ts')))
    .digest('hex')
    .slice(0, 10);
  mkdirSync(cache, { recursive: true });
  const cached = join(cache, `events-${n}-${version}.json`);
  if (!existsSync(cached)) writeFileSync(cached, JSON.stringify(generateEventsFile(n)));
  mkdirSync(join(dist, 'data'), { recursive: true });
  const target = join(dist, 'data', `events-${n}.json`);
  // Linked, not copied: writing 100 MB again on every run left the disk flushing it while
  // the first pages were measured.
  rmSync(target, { force: true });
  try {
    linkSync(cached, target);
  } catch {
    copyFileSync(cached, target);
  }
  return statSync(target).size;
}

/** Puts the table between the README's `bench:latest` markers (`--readme`). */
async function quoteInReadme(markdown: string): Promise<void> {
  const path = join(root, 'README.md');
  const readme = readFileSync(path, 'utf8');
  const start = '<!-- bench:latest -->';
  const end = '<!-- /bench:latest -->';
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md has no ${start} … ${end} block`);
  const quoted = `${readme.slice(0, from + start.length)}\n\n${markdown}\n${readme.slice(to)}`;
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
    datasets: {},
    bundle: null,
    extractor: null,
    book: null,
    app: null,
    floor: null,
    timelines: [],
    budgets: [],
    seconds: 0,
  };

  if (wanted('tests')) {
    log('generators: npx vitest run --config bench/vitest.config.ts');
    run('npx', ['vitest', 'run', '--config', 'bench/vitest.config.ts']);
  }
  // The extractor and the bundle first, while nothing else competes for the two cores.
  if (wanted('extractor')) {
    log('extractor: synthetic book, proportional curation');
    const report: ExtractorReport = measureExtractor();
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
  if (wanted('bundle') || wanted('app')) {
    log('bundle: vite build of the default page');
    const report: BundleReport = buildAndMeasureBundle(root, appDir);
    results.bundle = report;
    log(`  JS+CSS gzip ${(report.total.gzip / 1000).toFixed(1)} kB`);
  }

  log('bench pages: vite build --config bench/vite.config.ts');
  run('npx', ['vite', 'build', '--config', 'bench/vite.config.ts']);
  for (const n of sizes) {
    results.datasets[n] = writeDataset(n);
    log(`  dataset ${n}: ${(results.datasets[n] / 1e6).toFixed(1)} MB`);
  }

  // What the builds and datasets wrote goes to disk now, not while the pages are measured.
  spawnSync('sync');

  const server = await serveFolder(dist);
  const appServer = wanted('app') ? await serveFolder(appDir) : null;
  // Each target at each size gets a browser of its own, so nothing one leaves behind (a
  // closed page of vis-timeline held 360 MB) can weigh on the next one's pages.
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
  const base: MeasureOptions = {
    runs,
    renderTimeoutMs: 60_000,
    slowRenderMs: 15_000,
    stepTimeoutMs: 20_000,
    phaseBudgetMs: 30_000,
    steps: 10,
  };
  try {
    if (appServer) {
      log('app: production build with the bundled events.json');
      results.app = await withBrowser((browser) =>
        measureTarget(
          browser,
          {
            name: 'app',
            url: () => `${appServer.origin}/`,
            plot: '.plot',
            ready: '.timeline .mark',
          },
          0,
          { ...base, initScript: readFileSync(join(here, 'pages/watch-app.js'), 'utf8') },
          log,
        ),
      );
    }
    if (wanted('floor')) {
      log('floor: an empty page, the same steps');
      results.floor = await withBrowser((browser) =>
        measureTarget(
          browser,
          {
            name: 'floor',
            url: () => `${server.origin}/blank.html`,
            plot: '.plot',
            ready: '.plot',
          },
          0,
          { ...base, runs: 1 },
          log,
        ),
      );
      if (results.floor.allSteps)
        log(
          `  steps: median ${results.floor.allSteps.medianMs} ms, p95 ${results.floor.allSteps.p95Ms} ms`,
        );
    }
    const targets: Target[] = [
      {
        name: 'ours',
        url: (n) => `${server.origin}/index.html?n=${n}`,
        plot: '.plot',
        ready: '.mark',
      },
      {
        name: 'vis',
        url: (n) => `${server.origin}/vis.html?n=${n}`,
        plot: '.vis-center',
        ready: '.vis-item',
      },
    ];
    for (const n of sizes) {
      for (const target of targets) {
        if (!wanted(target.name)) continue;
        log(`${target.name}: ${n} events`);
        // vis-timeline at 100,000 takes minutes: it gets one capped try, not three.
        const options =
          target.name === 'vis' && n >= 100_000 ? { ...base, renderTimeoutMs: 90_000 } : base;
        const result: TargetResult = await withBrowser((browser) =>
          measureTarget(browser, target, n, options, log),
        );
        results.timelines.push(result);
        if (result.allSteps)
          log(`  steps: median ${result.allSteps.medianMs} ms, p95 ${result.allSteps.p95Ms} ms`);
        for (const note of result.notes) log(`  note: ${note}`);
      }
    }
  } finally {
    await server.close();
    await appServer?.close();
  }

  results.seconds = Math.round((Date.now() - started) / 1000);
  results.budgets = evaluateBudgets(results);
  const markdown = renderMarkdown(results);
  mkdirSync(values.out, { recursive: true });
  writeFileSync(join(values.out, 'latest.json'), JSON.stringify(results, null, 2) + '\n');
  writeFileSync(join(values.out, 'latest.md'), markdown);
  if (values.readme) await quoteInReadme(markdown);
  console.log('\n' + markdown);
  const failed = results.budgets.filter((b) => b.verdict !== 'PASS').length;
  console.log(failed ? `${failed} budget(s) not met.` : 'Every budget met.');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
