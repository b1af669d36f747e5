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
export function proseFields(value: unknown): ProseField[] {
  const found: ProseField[] = [];
  // One path, grown and shrunk as the walk goes: the extractor walks every event.
  const path: string[] = [];
  const walk = (item: unknown, key: string | null) => {
    if (typeof item === 'string') {
      if (key !== null && PROSE_KEYS.has(key)) found.push({ path: path.join('/'), text: item });
      return;
    }
    if (typeof item !== 'object' || item === null) return;
    // By index and by key, with no list of entries made for each object: the app walks
    // every event of a file before its first screen.
    if (Array.isArray(item)) {
      for (let i = 0; i < item.length; i++) {
        path.push(String(i));
        walk(item[i], null);
        path.pop();
      }
      return;
    }
    const record = item as Record<string, unknown>;
    for (const childKey of Object.keys(record)) {
      path.push(childKey);
      walk(record[childKey], childKey);
      path.pop();
    }
  };
  walk(value, null);
  return found;
}
