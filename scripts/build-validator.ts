/**
 * Writes `src/lib/events/generated/validateEventsSchema.js` (and its `.d.ts`) from
 * `schema/events.schema.json` with Ajv's standalone code generation.
 *
 *   npm run build:validator           # write the files
 *   npm run build:validator -- --check # fail if the committed files are stale
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  GENERATED_TYPES,
  GENERATED_VALIDATOR,
  generateEventsValidator,
} from './generateEventsValidator';

const root = join(import.meta.dirname, '..');
const { js, dts } = generateEventsValidator();
const files: [string, string][] = [
  [GENERATED_VALIDATOR, js],
  [GENERATED_TYPES, dts],
];

if (process.argv.includes('--check')) {
  const stale = files.filter(([file, text]) => {
    try {
      return readFileSync(join(root, file), 'utf8') !== text;
    } catch {
      return true;
    }
  });
  for (const [file] of stale) console.error(`${file} is not what the schema generates.`);
  if (stale.length > 0) {
    console.error('Run `npm run build:validator` and commit the result.');
    process.exit(1);
  }
} else {
  for (const [file, text] of files) {
    writeFileSync(join(root, file), text);
    console.log(`wrote ${file} (${text.length.toLocaleString('en')} characters)`);
  }
}
