import type { CurationProblem } from './curationError';
import type { CurationProject } from './curationTypes';

/**
 * A work's `sentenceCaseTitle` is its title and subtitle written in sentence case, for
 * the citation styles; it may change capitals only, so a citation never names a title
 * the title page does not.
 */
export function checkWorkTitles(project: CurationProject): CurationProblem[] {
  return project.works.flatMap(({ work }) => {
    const { title, subtitle, sentenceCaseTitle } = work.data;
    if (sentenceCaseTitle === undefined) return [];
    const full = subtitle ? `${title}: ${subtitle}` : title;
    if (sentenceCaseTitle.toLocaleLowerCase('en') === full.toLocaleLowerCase('en')) return [];
    return [
      {
        file: work.file,
        field: 'sentenceCaseTitle',
        message: `"${sentenceCaseTitle}" must be "${full}" (title and subtitle joined by ": ") with only the capitals changed`,
      },
    ];
  });
}
