/**
 * Whether a word names a month, as a curator pasting from scans and sources may
 * write it: "November", "Nov.", "Sept", the OCR's "Novernber", "0ctober", "Ju1y",
 * "Novem- ber", or a Russian genitive ("октября"). Over-eager on purpose within
 * reason: a missed date is a date that never follows the calendar switch, while a
 * false alarm costs the curator one look. A month alone is never a finding: only
 * beside a day number (see `findUnmarkedDates`).
 */
import { MONTH_NAMES } from '../../../lib/calendar/julianDay';

const FULL = MONTH_NAMES.map((name) => name.toLowerCase());

const ABBREVIATIONS: Record<string, number> = {
  jan: 1,
  feb: 2,
  febr: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** Words that are English words too when written in lower case: "may", "march", "mar". */
const ALSO_WORDS = new Set(['may', 'mar', 'march']);

const RUSSIAN: [RegExp, number][] = [
  [/^янв(?:аря|арь|\.)?$/, 1],
  [/^фев(?:р(?:аля|аль|\.)?|\.)?$/, 2],
  [/^марта?$/, 3],
  [/^апр(?:еля|ель|\.)?$/, 4],
  [/^ма[яй]$/, 5],
  [/^июн[яь]$/, 6],
  [/^июл[яь]$/, 7],
  [/^авг(?:уста|уст|\.)?$/, 8],
  [/^сент?(?:ября|ябрь|\.)?$/, 9],
  [/^окт(?:ября|ябрь|\.)?$/, 10],
  [/^ноя(?:б(?:ря|рь|\.)?|\.)?$/, 11],
  [/^дек(?:абря|абрь|\.)?$/, 12],
];

/** The OCR's usual misreadings inside a month name, undone. */
function unmisread(word: string): string {
  return word
    .toLowerCase()
    .replace(/[\u00AD\u200B-\u200D\u2060]/g, '') // soft hyphen, zero-width characters
    .replace(/-\s*/g, '') // a word broken at a line's end: "Novem- ber"
    .replace(/0/g, 'o')
    .replace(/1/g, 'l')
    .replace(/rn/g, 'm');
}

/** Damerau–Levenshtein distance, capped: whether `a` and `b` are at most one edit apart. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length && i === b.length) return true;
  const rest = (x: number, y: number) => a.slice(i + x) === b.slice(i + y);
  const swapped = a[i] === b[i + 1] && a[i + 1] === b[i] && rest(2, 2);
  return rest(1, 1) || rest(1, 0) || rest(0, 1) || swapped;
}

/** The month (1–12) a word names, or null. A final full stop is allowed ("Oct."). */
export function monthOfWord(word: string): number | null {
  const bare = word.endsWith('.') ? word.slice(0, -1) : word;
  // Every name and abbreviation has three letters or more, and starts with one of these.
  if (bare.length < 3 || !/^[jfmasondJFMASOND0\p{Script=Cyrillic}]/u.test(bare)) return null;
  if (/^\p{Script=Cyrillic}/u.test(bare)) {
    const lower = word.toLowerCase();
    return RUSSIAN.find(([pattern]) => pattern.test(lower))?.[1] ?? null;
  }
  const folded = /[01\u00AD\u200B-\u200D\u2060-]|rn/i.test(bare)
    ? unmisread(bare)
    : bare.toLowerCase();
  const capital = /^[\p{Lu}0]/u.test(bare);
  if (ALSO_WORDS.has(folded) && !capital) return null;
  const full = FULL.indexOf(folded);
  if (full >= 0) return full + 1;
  const abbreviated = ABBREVIATIONS[folded];
  if (abbreviated !== undefined) return abbreviated;
  // One slip more ("Novembcr", "Octobcr") in a capitalised word of five letters or more,
  // not in a short one: "Mach" or "Jane" is no month.
  if (!capital || folded.length < 5) return null;
  const near = FULL.findIndex(
    (name) => name.length >= 5 && name[0] === folded[0] && oneEditApart(folded, name),
  );
  return near >= 0 ? near + 1 : null;
}
