/**
 * `npm run curate`: builds the app (or takes a built one), starts the workbench
 * server on 127.0.0.1 and prints its address. The curation on disk is brought up to
 * date in events.json first, as `npm run extract` would, and its problems listed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatProblem } from '../../extractor/curation/curationError';
import type { CliOutput } from '../../extractor/cli';
import { startWorkbenchServer, type RunningWorkbench } from './server';

const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const DEFAULT_PORT = 5174;

const USAGE = `usage: npm run curate -- [--port N] [--root DIR] [--dist DIR]
  --port N    the port on 127.0.0.1 (default ${DEFAULT_PORT})
  --root DIR  the project whose sources/ and curation/ are curated (default: the current folder)
  --dist DIR  serve this build of the app (\`vite build --outDir DIR\`) instead of building one`;

export type CurateStart =
  { code: number } | { code: null; workbench: RunningWorkbench; stop: () => Promise<void> };

/** Starts the workbench as the command line does; a code when it could not (2: usage, 1: failed). */
export async function runCurateCli(
  argv: string[],
  output: CliOutput = console,
): Promise<CurateStart> {
  let options;
  try {
    options = parseArgs({
      args: argv,
      options: {
        port: { type: 'string', default: String(DEFAULT_PORT) },
        root: { type: 'string', default: '.' },
        dist: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }).values;
  } catch (error) {
    output.error(`curate: ${(error as Error).message}\n${USAGE}`);
    return { code: 2 };
  }
  if (options.help) {
    output.log(USAGE);
    return { code: 0 };
  }
  const port = Number(options.port);
  if (!/^\d+$/.test(options.port) || port < 1 || port > 65535) {
    output.error(`curate: --port ${options.port} is not a port (1–65535)\n${USAGE}`);
    return { code: 2 };
  }
  const root = resolve(options.root);

  let dist = options.dist ? resolve(options.dist) : null;
  let built: string | null = null;
  if (!dist) {
    built = mkdtempSync(join(tmpdir(), 'curate-app-'));
    output.log('curate: building the app…');
    const { build } = await import('vite');
    await build({
      root: REPO_ROOT,
      configFile: join(REPO_ROOT, 'vite.config.ts'),
      logLevel: 'warn',
      // The build's timing report is for the app's developers, not the curator.
      build: {
        outDir: built,
        emptyOutDir: true,
        rolldownOptions: { checks: { bundlerTimings: false } },
      },
    });
    dist = built;
  }

  let workbench: RunningWorkbench;
  try {
    workbench = await startWorkbenchServer({ root, dist, port });
  } catch (error) {
    if (built) rmSync(built, { recursive: true, force: true });
    const code = (error as NodeJS.ErrnoException).code;
    output.error(
      code === 'EADDRINUSE'
        ? `curate: port ${port} is in use; choose another with \`npm run curate -- --port N\``
        : `curate: ${(error as Error).message}`,
    );
    return { code: 1 };
  }

  const { problems } = workbench.store.refreshEvents();
  for (const problem of problems) output.error(`problem: ${formatProblem(problem)}`);
  if (problems.length > 0) {
    output.error(
      `curate: the curation has ${problems.length} problem(s); events.json stays as it was until they are fixed`,
    );
  }
  output.log(`curate: curating ${workbench.store.root}`);
  output.log(`curate: the workbench is at ${workbench.url} (Ctrl+C stops it)`);
  return {
    code: null,
    workbench,
    stop: async () => {
      await workbench.close();
      if (built) rmSync(built, { recursive: true, force: true });
    },
  };
}
