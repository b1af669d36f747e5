import { runCurateCli } from '../cli';

try {
  const started = await runCurateCli(process.argv.slice(2));
  if (started.code !== null) {
    process.exitCode = started.code;
  } else {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => {
        started.stop().then(() => process.exit(0));
      });
    }
  }
} catch (error) {
  console.error(`curate: internal error: ${(error as Error).stack ?? String(error)}`);
  process.exitCode = 2;
}
