import { csvParseRows } from 'd3-dsv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutralizeFormula, toCsv } from './csv';

describe('neutralizeFormula', () => {
  it.each(['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\tx', '\rx'])(
    'puts an apostrophe before %j, which a spreadsheet would run',
    (cell) => {
      expect(neutralizeFormula(cell)).toBe(`'${cell}`);
    },
  );

  it('leaves ordinary text, dates and dashes inside a cell alone', () => {
    for (const cell of ['Krasnov', '1917-11-07T22:40', 'a-b', '— and', '', "'quoted"]) {
      expect(neutralizeFormula(cell)).toBe(cell);
    }
  });
});

describe('toCsv', () => {
  it('ends every record with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toBe('a,b\r\nc,d\r\n');
  });

  it('quotes a field with a comma, a quote, CR or LF and doubles the quotes', () => {
    expect(toCsv([['a,b', 'say "no"', 'two\nlines', 'x\ry', 'plain']])).toBe(
      '"a,b","say ""no""","two\nlines","x\ry",plain\r\n',
    );
  });

  it('reads back as the rows it was given, formulas neutralized', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 5 }), {
          minLength: 1,
          maxLength: 5,
        }),
        (rows) => {
          // A row of one empty cell is an empty line, which CSV cannot tell from none.
          fc.pre(rows.every((r) => r.length > 1 || r[0] !== ''));
          expect(csvParseRows(toCsv(rows))).toEqual(rows.map((r) => r.map(neutralizeFormula)));
        },
      ),
    );
  });

  it('never lets a cell start with a formula character when read back', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 2, maxLength: 4 }), (row) => {
        for (const cell of csvParseRows(toCsv([row]))[0]!) {
          expect(cell).not.toMatch(/^[=+\-@\t\r]/);
        }
      }),
    );
  });
});
