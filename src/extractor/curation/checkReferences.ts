import { eventPath, type CurationProblem } from './curationError';
import type { CurationProject } from './curationTypes';

/**
 * Ids must be unique within their kind (events across every page), and every
 * person, place, lane and related event an event names must exist.
 */
export function checkReferences(project: CurationProject): CurationProblem[] {
  const problems: CurationProblem[] = [];
  const people = uniqueIds(project.people.file, 'people', project.people.data.people, problems);
  const places = uniqueIds(project.places.file, 'places', project.places.data.places, problems);
  const lanes = uniqueIds(project.lanes.file, 'lanes', project.lanes.data.lanes, problems);

  const eventFiles = new Map<string, string>();
  for (const work of project.works) {
    for (const page of work.pages) {
      page.curation.data.events.forEach((event, index) => {
        const earlier = eventFiles.get(event.id);
        if (earlier !== undefined) {
          problems.push({
            file: page.curation.file,
            item: event.id,
            field: `events/${index}/id`,
            message: `duplicate event id (first used in ${earlier})`,
          });
        } else {
          eventFiles.set(event.id, page.curation.file);
        }
      });
    }
  }

  for (const work of project.works) {
    for (const page of work.pages) {
      const file = page.curation.file;
      page.curation.data.events.forEach((event, index) => {
        const unknown = (field: string, kind: string, id: string) =>
          problems.push({
            file,
            item: event.id,
            field: eventPath(index, field),
            message: `unknown ${kind} id "${id}"`,
          });
        event.people.forEach((id, i) => people.has(id) || unknown(`people[${i}]`, 'person', id));
        event.places.forEach((id, i) => places.has(id) || unknown(`places[${i}]`, 'place', id));
        if (!lanes.has(event.lane)) unknown('lane', 'lane', event.lane);
        (event.relations ?? []).forEach((relation, i) => {
          if (relation.event === event.id) {
            problems.push({
              file,
              item: event.id,
              field: eventPath(index, `relations[${i}].event`),
              message: 'an event cannot be related to itself',
            });
          } else if (!eventFiles.has(relation.event)) {
            unknown(`relations[${i}].event`, 'event', relation.event);
          }
        });
      });
    }
  }
  return problems;
}

function uniqueIds(
  file: string,
  listName: string,
  items: readonly { id: string }[],
  problems: CurationProblem[],
): Set<string> {
  const ids = new Set<string>();
  items.forEach((item, index) => {
    if (ids.has(item.id)) {
      problems.push({
        file,
        item: item.id,
        field: `${listName}/${index}/id`,
        message: 'duplicate id',
      });
    }
    ids.add(item.id);
  });
  return ids;
}
