import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import stormyPassageRules from '../../../sources/stormy-passage/reading-rules.json';
import {
  buildReadingText,
  ReadingTextError,
  type OcrCorrection,
  type ReadingTextRules,
} from './buildReadingText';

// The JSON must stay assignable to the exported type.
const rules: ReadingTextRules = stormyPassageRules;

const page376 = readFileSync(
  new URL('../../../sources/stormy-passage/pages/376.txt', import.meta.url),
  'utf8',
);

describe('buildReadingText on page 376 of Stormy Passage', () => {
  const result = buildReadingText(page376, rules, { page: 376 });
  const { text } = result;

  it('drops the running head, the lone "D" and the scan footer, and says why', () => {
    expect(result.dropped.map((d) => [page376.slice(d.rawStart, d.rawEnd), d.reason])).toEqual([
      ['376 Stormy Passage', 'running-head'],
      ['D', 'stray-mark'],
      ['Original from', 'scan-furniture'],
      ['UNIVERSITE OF MICHIGAN', 'scan-furniture'],
    ]);
    expect(text).not.toMatch(/Stormy Passage|Original from|MICHIGAN|\bD\b/);
    expect(
      text.startsWith('While the crowd was invading the Winter Palace, a meeting opened'),
    ).toBe(true);
    expect(text.endsWith('had reached Gatchina in the morning, had occupied the')).toBe(true);
  });

  it('keeps the five paragraphs of the page and no empty one', () => {
    expect(result.paragraphs.map(({ start }) => text.slice(start, start + 24))).toEqual([
      'While the crowd was inva',
      'Both the Communist conve',
      'On November 8 the first ',
      'We still had friends in ',
      'On November 9 I received',
    ]);
    for (const { start, end } of result.paragraphs) expect(end).toBeGreaterThan(start);
    expect(text.split('\n\n')).toHaveLength(5);
    expect(text).not.toMatch(/\n\n\n|^\s|\s$| {2}| \n|\n /);
  });

  it('joins words hyphenated across lines but keeps All-Russian', () => {
    expect(text).toContain('the old Executive Committee called on the army');
    expect(text).toContain('fighting against the Communists. Then I advised');
    expect(text).toContain('in personal touch with Kerensky. Reluctantly');
    expect(text).toContain('The politically alert and patriotic elements in the army');
    expect(text).toContain('This was a long procedure, and time was short.');
    expect(text).toContain('the Commissar of the All-Russian Executive Committee');
    expect(text).toContain('of hand-picked delegates');
    expect(text).not.toMatch(/- |Com- ?mittee|Allrussian/i);
  });

  it('corrects every listed OCR error and leaves the em dashes', () => {
    for (const wrong of [
      'govemment',
      'Govemment',
      'gênerai',
      'échelons',
      'différent',
      'présence',
      'opérations',
      'éléments',
      'expédition',
      'procédure',
      'décisions',
      'illégal',
      'légal',
      'ail thèse',
      'Communiste',
    ]) {
      expect(text).not.toContain(wrong);
    }
    expect(text).toContain('the Provisional Government was deposed. It appointed a new government');
    expect(text).toContain('declared all these decisions illegal and proclaimed');
    expect(text).toContain('the only legal central organ');
    expect(text).toContain('Reluctantly, the general agreed.');
    expect(text).toContain('The Communists described it as the second All-Russian Congress');
    expect(text).toContain('more soldiers — and at least a few companies of infantry — to join');
    expect(text).toMatch(/^[\x20-\x7e\n—]*$/);
  });

  it('applies every correction of the rules, each where the raw page has the OCR text', () => {
    expect(result.unusedCorrections).toEqual([]);
    expect(new Set(result.applied.map((a) => a.correction))).toEqual(new Set(rules.corrections));
    for (const { correction, readingStart, readingEnd, rawStart, rawEnd } of result.applied) {
      expect(text.slice(readingStart, readingEnd)).toBe(correction.reading);
      expect(page376.slice(rawStart, rawEnd).replace(/- \n/, '').replace(/ \n/, ' ')).toBe(
        correction.ocr,
      );
    }
    const procedure = result.applied.find((a) => a.correction.ocr === 'procédure')!;
    expect(page376.slice(procedure.rawStart, procedure.rawEnd)).toBe('pro- \ncédure');
    expect(result.applied.filter((a) => a.correction.ocr === 'échelons')).toHaveLength(4);
  });

  it('does not need a correction for the footer-only "UNIVERSITE"', () => {
    const withFooterFix = {
      ...rules,
      corrections: [...rules.corrections, { ocr: 'UNIVERSITE', reading: 'UNIVERSITY' }],
    };
    expect(buildReadingText(page376, withFooterFix, { page: 376 }).unusedCorrections).toEqual([
      { ocr: 'UNIVERSITE', reading: 'UNIVERSITY' },
    ]);
  });

  it('maps a quote back to the raw lines it was read from', () => {
    const quote = 'the old Executive Committee called on the army for support';
    const start = text.indexOf(quote);
    const raw = result.map.toRaw(start, start + quote.length);
    expect(page376.slice(raw.start, raw.end)).toBe(
      'the old Executive Com- \nmittee called on the army for support',
    );
    expect(result.map.toReading(raw.start, raw.end)).toEqual({ start, end: start + quote.length });
  });

  it('maps the dropped footer to the end of the reading text', () => {
    const footer = page376.indexOf('Original from');
    expect(result.map.toReading(footer, footer + 13)).toEqual({
      start: text.length,
      end: text.length,
    });
  });
});

const none: ReadingTextRules = { corrections: [] };

describe('buildReadingText edge cases', () => {
  it('gives an empty text, no paragraphs and an empty map for an empty page', () => {
    const result = buildReadingText('', none);
    expect(result).toMatchObject({ text: '', paragraphs: [], dropped: [], applied: [] });
    expect(result.map.segments).toEqual([]);
  });

  it('treats "\\r\\n" as a line break', () => {
    const raw = 'The gen- \r\neral agreed \r\nat once.\r\n\r\nNext day \r\n';
    const result = buildReadingText(raw, none);
    expect(result.text).toBe('The general agreed at once.\n\nNext day');
    const at = result.text.indexOf('at once');
    expect(result.map.toRaw(at, at + 7)).toEqual({
      start: raw.indexOf('at once'),
      end: raw.indexOf('at once') + 7,
    });
  });

  it('treats a lone "\\r" as a line break too', () => {
    expect(buildReadingText('one\rtwo\r\rthree', none).text).toBe('one two\n\nthree');
  });

  it('gives an empty text for a page with only furniture, and maps it all to position 0', () => {
    const raw = '376 Stormy Passage \n\n\nD \n\nOriginal from \nUNIVERSITE OF MICHIGAN \n';
    const result = buildReadingText(raw, rules, { page: 376 });
    expect(result.text).toBe('');
    expect(result.paragraphs).toEqual([]);
    expect(result.dropped.map((d) => d.reason)).toEqual([
      'running-head',
      'stray-mark',
      'scan-furniture',
      'scan-furniture',
    ]);
    expect(result.map.toReading(0, raw.length)).toEqual({ start: 0, end: 0 });
  });

  it('keeps a hyphen at the very end of the page and before a paragraph break', () => {
    expect(buildReadingText('the old Com- \n', none).text).toBe('the old Com-');
    expect(buildReadingText('a long pro-\n\nnext', none).text).toBe('a long pro-\n\nnext');
  });

  it('keeps the hyphen before a capital, for a kept compound, and between digits', () => {
    expect(buildReadingText('the All- \nRussian', none).text).toBe('the All-Russian');
    expect(buildReadingText('of hand- \npicked men', none).text).toBe('of handpicked men');
    const kept = { corrections: [], keepHyphenated: ['hand-picked'] };
    expect(buildReadingText('of Hand- \npicked men', kept).text).toBe('of Hand-picked men');
    expect(buildReadingText('in 1914- \n1917', none).text).toBe('in 1914-1917');
  });

  it('joins a word hyphenated over three lines into one replacement', () => {
    const raw = 'the Com- \nmit- \ntee met';
    const result = buildReadingText(raw, none);
    expect(result.text).toBe('the Committee met');
    expect(result.map.toRaw(6, 8)).toEqual({ start: 4, end: raw.indexOf(' met') });
  });

  it('joins lines with a space across a dash or a space before the hyphen', () => {
    expect(buildReadingText('soldiers —\nand\nthe -\nrest', none).text).toBe(
      'soldiers — and the - rest',
    );
  });

  it('collapses runs of whitespace inside a line into one space', () => {
    const result = buildReadingText('  a \t b\u00a0c  \n', none);
    expect(result.text).toBe('a b c');
    expect(result.map.toRaw(1, 2)).toEqual({ start: 3, end: 6 });
  });

  it('lets furniture inside a paragraph vanish without breaking the paragraph', () => {
    const furniture = { corrections: [], dropLines: ['^Original from$'] };
    expect(buildReadingText('one\nOriginal from\ntwo\n\n\nD\n\n\nthree', furniture).text).toBe(
      'one two\n\nthree',
    );
    expect(buildReadingText('Com-\nOriginal from\nmittee', furniture).text).toBe('Committee');
  });

  it('checks the running head only on the first line of real text', () => {
    const head = { corrections: [], runningHead: '^\\d+ Stormy Passage$' };
    expect(buildReadingText('\n376 Stormy Passage\n\nText\n\n377 Stormy Passage', head).text).toBe(
      'Text\n\n377 Stormy Passage',
    );
  });

  it('keeps lone marks when strayMark is null and uses a custom strayMark when given', () => {
    expect(buildReadingText('a b\n\nD\n\nc d', { corrections: [], strayMark: null }).text).toBe(
      'a b\n\nD\n\nc d',
    );
    expect(
      buildReadingText('a b\n\n* * *\n\nc d', { corrections: [], strayMark: '^[* ]+$' }).text,
    ).toBe('a b\n\nc d');
  });

  it('matches corrections on Unicode word boundaries only', () => {
    const fix: OcrCorrection[] = [{ ocr: 'légal', reading: 'legal' }];
    expect(buildReadingText('illégal légal légalité', { corrections: fix }).text).toBe(
      'illégal legal légalité',
    );
  });

  it('prefers the longest correction that starts at the same place', () => {
    const corrections: OcrCorrection[] = [
      { ocr: 'ail', reading: 'all' },
      { ocr: 'ail thèse', reading: 'all these' },
    ];
    const result = buildReadingText('declared ail \nthèse ail', { corrections });
    expect(result.text).toBe('declared all these all');
    expect(result.applied.map((a) => [a.correction.ocr, a.rawStart, a.rawEnd])).toEqual([
      ['ail thèse', 9, 19],
      ['ail', 20, 23],
    ]);
  });
});

describe('buildReadingText refuses bad rules with a message that names the field', () => {
  const cases: [string, unknown, RegExp][] = [
    [
      'an invalid regular expression',
      { corrections: [], dropLines: ['^ok$', '(unclosed'] },
      /^rules\.dropLines\[1\]: invalid regular expression "\(unclosed" \(/,
    ],
    [
      'an invalid running head',
      { corrections: [], runningHead: '[' },
      /^rules\.runningHead: invalid/,
    ],
    [
      'a correction with an empty ocr',
      { corrections: [{ ocr: '', reading: 'x' }] },
      /^rules\.corrections\[0\]\.ocr: is empty/,
    ],
    [
      'a correction with an empty reading',
      { corrections: [{ ocr: 'x', reading: '' }] },
      /^rules\.corrections\[0\]\.reading: is empty/,
    ],
    [
      'a correction with a line break',
      { corrections: [{ ocr: 'Com-\nmittee', reading: 'Committee' }] },
      /corrections\[0\]\.ocr: contains a line break/,
    ],
    [
      'a correction with edge whitespace',
      { corrections: [{ ocr: 'ail ', reading: 'all' }] },
      /corrections\[0\]\.ocr: "ail " starts or ends with whitespace/,
    ],
    [
      'a correction with a double space',
      { corrections: [{ ocr: 'ail  thèse', reading: 'all these' }] },
      /other than single spaces/,
    ],
    [
      'a correction that changes nothing',
      { corrections: [{ ocr: 'a', reading: 'a' }] },
      /^rules\.corrections\[0\]: ocr and reading are both "a"/,
    ],
    [
      'the same ocr twice',
      {
        corrections: [
          { ocr: 'a', reading: 'b' },
          { ocr: 'a', reading: 'c' },
        ],
      },
      /^rules\.corrections\[1\]\.ocr: "a" is already corrected by rules\.corrections\[0\]/,
    ],
    [
      'a kept compound without a hyphen',
      { corrections: [], keepHyphenated: ['AllRussian'] },
      /^rules\.keepHyphenated\[0\]: "AllRussian" is not word parts joined by hyphens/,
    ],
    ['missing corrections', {}, /^rules\.corrections: expected an array/],
    ['no rules at all', null, /^rules: expected an object/],
  ];

  it.each(cases)('throws a ReadingTextError for %s', (_name, bad, message) => {
    const attempt = () => buildReadingText('text', bad as ReadingTextRules);
    expect(attempt).toThrow(ReadingTextError);
    expect(attempt).toThrow(message);
  });
});
