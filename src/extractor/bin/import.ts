import { runImportCli } from '../import/cli';

try {
  process.exitCode = runImportCli(process.argv.slice(2));
} catch (error) {
  console.error(`import: internal error: ${(error as Error).stack ?? String(error)}`);
  process.exitCode = 2;
}
