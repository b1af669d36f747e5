/**
 * CSV as RFC 4180 writes it: fields separated by commas, records by CRLF, a field
 * quoted when it holds a comma, a double quote, CR or LF, and quotes inside doubled.
 * Every cell is text from the data, so none may start a spreadsheet formula.
 */

/** Characters that make Excel, LibreOffice or Google Sheets read a cell as a formula (OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The cell with a leading apostrophe when it would start a formula, so a
 * spreadsheet shows `=HYPERLINK(…)` as text instead of running it.
 */
export function neutralizeFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** One field, quoted when RFC 4180 requires it. */
export function quoteField(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/** Rows as CSV text, each record ending in CRLF, every cell neutralized and quoted as needed. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows
    .map((row) => `${row.map((c) => quoteField(neutralizeFormula(c))).join(',')}\r\n`)
    .join('');
}
