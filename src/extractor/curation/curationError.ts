/** Where in the curation something is wrong: enough for a one-line message a curator can act on. */
export interface CurationProblem {
  file: string;
  /** The event (or person, place, lane) id, when the problem belongs to one. */
  item?: string;
  /** The field inside the file or item, as a JSON path or a dotted name. */
  field?: string;
  message: string;
}

export function formatProblem(problem: CurationProblem): string {
  const where = [
    problem.file,
    problem.item === undefined ? undefined : `"${problem.item}"`,
    problem.field,
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
