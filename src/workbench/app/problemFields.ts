/**
 * Which field of the workbench form an extractor problem belongs to, so each is shown
 * beside its field in the extractor's own words. The extractor names fields in two
 * ways: schema paths (`/events/17/date/edtf`, `/events/17` with "missing required
 * field") and its checks' paths (`events[17].anchor`, `events[17].date.edtf`,
 * `events[17].relations[0].event`). A date's part the form has no field for (its
 * readings, its estimate) goes beside the date.
 */
export type FormField =
  | 'id'
  | 'title'
  | 'summary'
  | 'type'
  | 'lane'
  | 'people'
  | 'places'
  | 'anchor'
  | 'edtf'
  | 'shape'
  | 'time'
  | 'partOfDay'
  | 'basis'
  | 'rationale'
  | 'citations'
  | 'relations'
  | 'form';

export interface ProblemLike {
  item?: string;
  field?: string;
  message: string;
}

const DATE_FIELDS: Record<string, FormField> = {
  edtf: 'edtf',
  shape: 'shape',
  time: 'time',
  partOfDay: 'partOfDay',
  basis: 'basis',
  rationale: 'rationale',
  citations: 'citations',
};

const EVENT_FIELDS = new Set<FormField>([
  'id',
  'title',
  'summary',
  'type',
  'lane',
  'people',
  'places',
  'anchor',
  'relations',
]);

export function formFieldOf(problem: ProblemLike): FormField {
  const missing = /^missing required field "([^"]+)"/.exec(problem.message)?.[1];
  const path = (problem.field ?? '')
    .replace(/^\//, '')
    .replace(/^events(\/\d+|\[\d+\])(\/|\.|$)/, '')
    .replaceAll('.', '/')
    .replace(/\[(\d+)\]/g, '/$1');
  const parts = [...path.split('/').filter((part) => part !== ''), ...(missing ? [missing] : [])];
  const [first, second] = parts;
  if (first === 'date') return second ? (DATE_FIELDS[second] ?? 'edtf') : 'edtf';
  if (first && EVENT_FIELDS.has(first as FormField)) return first as FormField;
  return 'form';
}

/** The problems that concern the event `id`, grouped by the field they go beside. */
export function problemsByField(
  problems: readonly ProblemLike[],
  id: string,
): Map<FormField, string[]> {
  const byField = new Map<FormField, string[]>();
  for (const problem of problems) {
    // A problem of another event the save would bring (a relation now contradicted) stays general.
    const field = problem.item === undefined || problem.item === id ? formFieldOf(problem) : 'form';
    const message =
      field === 'form' && problem.item && problem.item !== id
        ? `"${problem.item}": ${problem.message}`
        : problem.message;
    byField.set(field, [...(byField.get(field) ?? []), message]);
  }
  return byField;
}
