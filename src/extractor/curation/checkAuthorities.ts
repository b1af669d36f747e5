import type { CurationProblem } from './curationError';
import type { CurationProject } from './curationTypes';

const ID_FORMS = {
  wikidata: { pattern: /^Q[1-9]\d*$/, example: 'Q656' },
  geonames: { pattern: /^[1-9]\d*$/, example: '498817' },
} as const;

/**
 * An authority record's id must be its register's kind of id (the schema allows
 * either form), and the day it was looked up no later than today.
 */
export function checkAuthorities(project: CurationProject, today = new Date()): CurationProblem[] {
  const problems: CurationProblem[] = [];
  const lists = [
    { file: project.people.file, key: 'people', entries: project.people.data.people },
    { file: project.places.file, key: 'places', entries: project.places.data.places },
  ] as const;
  for (const { file, key, entries } of lists) {
    entries.forEach((entry, i) => {
      const authority = entry.authority;
      if (!authority) return;
      const form = ID_FORMS[authority.source];
      if (!form.pattern.test(authority.id)) {
        problems.push({
          file,
          item: entry.id,
          field: `${key}[${i}].authority.id`,
          message: `"${authority.id}" is not a ${authority.source === 'wikidata' ? 'Wikidata' : 'GeoNames'} id; write it as ${form.example}`,
        });
      }
      if (authority.retrieved > today.toISOString().slice(0, 10)) {
        problems.push({
          file,
          item: entry.id,
          field: `${key}[${i}].authority.retrieved`,
          message: `${authority.retrieved} is after today; give the day the record was looked up`,
        });
      }
    });
  }
  return problems;
}
