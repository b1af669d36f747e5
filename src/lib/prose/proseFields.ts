/**
 * Where prose sits in the data: every string under a key named `summary`, `role`,
 * `rationale`, `note` or `description`, at any depth. Found by key rather than listed
 * by path, so prose in fields added later (a reading's note, a relation's note) is
 * checked and written like the rest.
 */

/** The keys whose strings are prose, wherever they sit. */
export const PROSE_KEYS: ReadonlySet<string> = new Set([
  'summary',
  'role',
  'rationale',
  'note',
  'description',
]);

/** A prose string and its path from the value it was found in (`date/citations/0/note`). */
export interface ProseField {
  path: string;
  text: string;
}

/** Every prose string under `value`, in document order. */
export function proseFields(value: unknown, path: readonly string[] = []): ProseField[] {
  if (Array.isArray(value)) {
    return value.flatMap((item, i) => proseFields(item, [...path, String(i)]));
  }
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, item]) => {
    if (typeof item !== 'string') return proseFields(item, [...path, key]);
    return PROSE_KEYS.has(key) ? [{ path: [...path, key].join('/'), text: item }] : [];
  });
}
