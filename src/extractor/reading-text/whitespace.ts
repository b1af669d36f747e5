/**
 * `\s` of a regular expression, for one UTF-16 code unit: the reading text's line
 * scans test it character by character, where a regex per line cost a match object
 * for each of a book's tens of thousands of lines. (`\s` has no character outside the
 * Basic Multilingual Plane, so a code unit is all it needs.)
 */
export function isWhitespace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
