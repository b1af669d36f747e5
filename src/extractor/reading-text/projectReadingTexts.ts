/**
 * Each work's reading text, built once per run: `npm run extract` needs it both for the
 * stored-anchor review and for the extraction itself, and over a book building it is
 * most of the reading text's cost.
 */
import type { CurationProject, LoadedWork } from '../curation/curationTypes';
import { buildWorkReadingText, type WorkReadingText } from './workReadingText';

/** A work's reading text, or the error its rules give (a bad pattern), for the caller to report. */
export type WorkTextOutcome = { ok: true; text: WorkReadingText } | { ok: false; error: Error };

export function buildWorkTextOf(work: LoadedWork): WorkTextOutcome {
  try {
    return {
      ok: true,
      text: buildWorkReadingText(
        work.pages.map((page) => ({ page: page.curation.data.page, raw: page.text.data })),
        work.rules.data,
      ),
    };
  } catch (error) {
    return { ok: false, error: error as Error };
  }
}

/** One outcome per work of the project, in its order. */
export function buildProjectReadingTexts(project: CurationProject): WorkTextOutcome[] {
  return project.works.map(buildWorkTextOf);
}
