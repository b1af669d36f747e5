/** Where in the curation something is wrong: enough for a one-line message a curator can act on. */
export interface CurationProblem {
  file: string;
  /** The event (or person, place, lane) id, when the problem belongs to one. */
  item?: string;
  /**
   * Where inside the file: `events[3].date.edtf`. A JSON pointer (`/events/3/date`) or
   * a slash path (`events/3/id`) is written the same way.
   */
  field?: string;
  message: string;
}

/** `/events/3/date/citations` or `events/3/date` → `events[3].date.citations`, `events[3].date`. */
export function formatPath(field: string): string {
  if (!field.includes('/')) return field;
  return field
    .split('/')
    .filter((part) => part !== '')
    .map((part, i) => (/^\d+$/.test(part) ? `[${part}]` : i === 0 ? part : `.${part}`))
    .join('');
}

/** The path of a field of the event at `index` of a page's events: `events[3].date.edtf`. */
export function eventPath(index: number, field?: string): string {
  return field ? `events[${index}].${field}` : `events[${index}]`;
}

/** One line: `file: events[3].date.edtf: "gatchina-occupied": what is wrong`. */
export function formatProblem(problem: CurationProblem): string {
  const where = [
    problem.file,
    problem.field === undefined ? undefined : formatPath(problem.field),
    problem.item === undefined ? undefined : `"${problem.item}"`,
  ].filter((part) => part !== undefined && part !== '');
  return `${where.join(': ')}: ${problem.message}`;
}

/** Thrown when the curation cannot give a trustworthy events.json; holds every problem found. */
export class CurationError extends Error {
  constructor(readonly problems: CurationProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'CurationError';
  }
}
