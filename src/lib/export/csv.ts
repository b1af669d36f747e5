/**
 * CSV for spreadsheets, written by d3-dsv: a field is quoted when it holds a comma,
 * a double quote, CR or LF, and quotes inside are doubled (RFC 4180). Every cell is
 * text from the data, so none may start a spreadsheet formula.
 */
import { csvFormatRow } from 'd3-dsv';

/** Characters that make Excel, LibreOffice or Google Sheets read a cell as a formula (OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The cell with a leading apostrophe when it would start a formula, so a
 * spreadsheet shows `=HYPERLINK(…)` as text instead of running it.
 */
export function neutralizeFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/**
 * Rows as CSV text, every cell neutralized. Each record ends in CRLF, as RFC 4180
 * and the text/csv media type have it, where d3-dsv's `csvFormatRows` joins them
 * with LF: spreadsheets read either, but readers that follow the standard to the
 * letter want CRLF, and the file stays what the app has always written.
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => `${csvFormatRow(row.map(neutralizeFormula))}\r\n`).join('');
}
