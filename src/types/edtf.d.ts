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

  /** `1917-11-07/1917-11-09`; an open end (`..`) or an unknown one (empty) is `null` (`Infinity` in some versions). */
  export interface EdtfIntervalResult {
    type: 'Interval';
    level: number;
    values: [EdtfParseResult | number | null, EdtfParseResult | number | null];
  }

  /** Seasons, sets, lists, years beyond four digits, decades and centuries. */
  export interface EdtfOtherResult {
    type: 'Season' | 'Set' | 'List' | 'Year' | 'Decade' | 'Century';
    level: number;
    /** A set's or list's members: results, or `[first, last]` pairs for `a..b`. */
    values: unknown[];
    /** A set or list open before its first member (`[..1917-11-09]`). */
    earlier?: boolean;
    /** A set or list open after its last member. */
    later?: boolean;
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

  /** An EDTF object built from a string or a `parse` result; `min` and `max` are UTC milliseconds. */
  export interface EdtfObject {
    type: string;
    /** The first moment the date may be. */
    min: number;
    /** The last moment the date may be (a day's is 23:59:59.999). */
    max: number;
  }

  export default function edtf(input: string | EdtfParseResult): EdtfObject;
}
