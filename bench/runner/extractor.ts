/**
 * The extractor's throughput: `extract()` over a synthetic book of a few MB of OCR
 * with a proportional curation, in MB of raw text per second (median of the runs
 * after a first, warming one), with `buildReadingText` alone timed beside it.
 */
import { generateCurationProject, rawSize } from '../generate/curation';
import { extract } from '../../src/extractor/extract';
import { buildReadingText } from '../../src/extractor/reading-text/buildReadingText';
import { median } from './stats';

export interface ExtractorReport {
  pages: number;
  rawMB: number;
  events: number;
  runsMs: number[];
  extractMBps: number;
  readingTextMs: number;
  readingTextMBps: number;
}

export function measureExtractor(pages = 900, runs = 3): ExtractorReport {
  const project = generateCurationProject(pages);
  const rawMB = rawSize(project) / 1e6;
  const work = project.works[0]!;
  const events = work.pages.reduce((sum, page) => sum + page.curation.data.events.length, 0);
  extract(project); // warm the JIT, as a long extraction would be after its first pages
  const runsMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const result = extract(project);
    runsMs.push(performance.now() - start);
    if (result.events.events.length !== events) throw new Error('the extraction lost events');
  }
  const readingRuns: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    for (const page of work.pages) buildReadingText(page.text.data, work.rules.data);
    readingRuns.push(performance.now() - start);
  }
  const extractMs = median(runsMs)!;
  const readingTextMs = median(readingRuns)!;
  return {
    pages,
    rawMB,
    events,
    runsMs,
    extractMBps: rawMB / (extractMs / 1000),
    readingTextMs,
    readingTextMBps: rawMB / (readingTextMs / 1000),
  };
}
