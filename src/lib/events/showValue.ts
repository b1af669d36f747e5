const MAX_SHOWN = 60;

/** A value as a reader would recognise it in the file, shortened: `"1917-13-45"`, `the number 5`. */
export function showValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') {
    // Cut by code point, so an emoji is not cut in half.
    const chars = [...value];
    const shown = chars.length > MAX_SHOWN ? `${chars.slice(0, MAX_SHOWN).join('')}…` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === 'number') return `the number ${value}`;
  return String(value);
}
