import type { SourcePageWithText } from '../../lib/events/types';
import { findMentions } from '../../lib/people-places/mentions';
import type { CurationProblem } from './curationError';
import type { CurationProject } from './curationTypes';

/**
 * A person's or place's `otherNames` are for search only and nothing marks them in the
 * text, so one that a page writes belongs in `aliases`, where the source view marks it
 * and links it to the index. Found the way the source view finds aliases (whole words,
 * case and all), so what is reported is what it would mark.
 */
export function checkOtherNames(
  project: CurationProject,
  sources: readonly SourcePageWithText[],
): CurationProblem[] {
  const lists = [
    { kind: 'people', file: project.people.file, items: project.people.data.people },
    { kind: 'places', file: project.places.file, items: project.places.data.places },
  ] as const;
  const problems: CurationProblem[] = [];
  for (const { kind, file, items } of lists) {
    items.forEach((item, index) => {
      (item.otherNames ?? []).forEach((name, n) => {
        const field = `${kind}/${index}/otherNames/${n}`;
        if (name === item.name || item.aliases.includes(name)) {
          problems.push({
            file,
            item: item.id,
            field,
            message: `"${name}" is already the name or an alias; remove it from otherNames`,
          });
          return;
        }
        const asAlias = { people: [], places: [], [kind]: [{ ...item, aliases: [name] }] };
        const page = sources.find((source) => findMentions(source.readingText, asAlias).length > 0);
        if (page) {
          problems.push({
            file,
            item: item.id,
            field,
            message: `"${name}" is written on page ${page.page} (${page.id}): move it to aliases, so the source view marks it`,
          });
        }
      });
    });
  }
  return problems;
}
