/**
 * The parts of `edtf` (edtf.js, https://github.com/inukshuk/edtf.js) that the
 * extractor uses. The package ships no types; these follow `src/parser.js` and the
 * results it returns for the forms we accept or reject.
 */
declare module 'edtf' {
  /** What `parse` returns for `1917-11-08`, `1917-11-08~`, `1917-11` or `1917-11-08T22:40`. */
  export interface EdtfDateResult {
    type: 'Date';
    level: number;
    /** Year, month (0-based!), day, then hours, minutes, seconds when given. */
    values: number[];
    /** `true` for a whole-date `~`; a bitmask of the qualified digits for a level-2 `~` inside the date. */
    approximate?: boolean | number;
    /** `true` for a whole-date `?`; a bitmask for a level-2 `?` inside the date. */
    uncertain?: boolean | number;
    /** Bitmask of the digits written `X`. */
    unspecified?: number;
    /** Time-zone offset in minutes when a time is given. */
    offset?: number;
  }

  /** `1917-11-07/1917-11-09`; an open end (`..`) is `Infinity`, an unknown one (empty) `null`. */
  export interface EdtfIntervalResult {
    type: 'Interval';
    level: number;
    values: [EdtfParseResult | number | null, EdtfParseResult | number | null];
  }

  /** Seasons, sets, lists, years beyond four digits, decades and centuries. */
  export interface EdtfOtherResult {
    type: 'Season' | 'Set' | 'List' | 'Year' | 'Decade' | 'Century';
    level: number;
    values: unknown[];
  }

  export type EdtfParseResult = EdtfDateResult | EdtfIntervalResult | EdtfOtherResult;

  export interface EdtfConstraints {
    /** The highest EDTF level to accept (0–3); 2 by default. */
    level?: number;
    /** Only these result types. */
    types?: string[];
  }

  /** Parses an EDTF string; throws an Error ("Syntax error at line 1 col …") for anything else. */
  export function parse(input: string, constraints?: EdtfConstraints): EdtfParseResult;
}
