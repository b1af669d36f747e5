import { runExtractCli } from '../cli';

try {
  process.exitCode = runExtractCli(process.argv.slice(2));
} catch (error) {
  console.error(`extract: internal error: ${(error as Error).stack ?? String(error)}`);
  process.exitCode = 2;
}
