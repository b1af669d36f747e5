/**
 * A whole synthetic book for the workbench's import and extraction: the extractor
 * bench's OCR-like pages (`curation.ts`), with each page's running head on its own
 * side as printed books have it ("12 A MEMOIR OF NOVEMBER" on an even page, "A Memoir
 * of November 13" on an odd one), found by the title (`runningTitle`), and the whole
 * book as one text with a form feed after each page, as archive.org serves full texts.
 */
import type { CurationProject } from '../../src/extractor/curation/curationTypes';
import { generateCurationProject } from './curation';

export const BOOK_TITLE = 'A Memoir of November';

export function generateBook(pages = 600): { project: CurationProject; fullText: string } {
  const project = generateCurationProject(pages);
  // Its places spread along the line from Pskov to Petrograd, so the app's map can be drawn.
  project.places.data.places.forEach((place, i, all) => {
    const t = all.length > 1 ? i / (all.length - 1) : 0;
    place.coordinates = [28.33 + t * (30.32 - 28.33), 57.82 + t * (59.94 - 57.82)];
  });
  const work = project.works[0]!;
  work.rules.data = {
    runningTitle: BOOK_TITLE,
    corrections: work.rules.data.corrections,
  };
  for (const page of work.pages) {
    const number = page.curation.data.page;
    const head =
      number % 2 === 0 ? `${number} ${BOOK_TITLE.toUpperCase()}` : `${BOOK_TITLE} ${number}`;
    page.text.data = page.text.data.replace(/^[^\n]*/, `${head} `);
  }
  return { project, fullText: work.pages.map((page) => `${page.text.data}\f`).join('') };
}
