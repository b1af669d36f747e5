/**
 * A date's window of possibility in words, both calendars, one of them primary: what
 * the timeline draws, said as a sentence for the details, the tooltip and the marks'
 * accessible names.
 *
 * - an instant known to the minute: "at 22:40 on 7 November 1917 (25 October O.S.)";
 * - an instant known to a window: "at some time on 8 November 1917 (26 October O.S.);
 *   about 3 p.m. by other sources", "at some time in the night of 8–9 November …";
 * - a span with known ends: "from 22:40 on 7 November until 05:00 on 8 November 1917
 *   (25–26 October O.S.)", "all of 8 November 1917 (26 October O.S.)";
 * - a span with uncertain ends, each end as a window: "beginning at some time on
 *   8 November and ending at some time on 9 November 1917 (26–27 October O.S.)", or,
 *   begun and over inside one stretch, "within the morning of 9 November 1917 …".
 *
 * EDTF's `?` says "perhaps" first; `~` says "about" before a known moment and follows
 * a window ("; approximate"), where "about between" would read badly.
 *
 * With `primary: 'julian'` the Old Style days lead ("26 October 1917 O.S.") and the New
 * Style ones follow in brackets marked "N.S."; clock times are the same in both. It
 * reads the tightened window (`date.window`), as the timeline draws it.
 */
import { gregorianToJulian, type Calendar, type CalendarDate } from '../calendar/julianDay';
import type { EventDate } from '../events/types';
import { floatingDayKey, parseDayKey, parseFloating, startOfFloatingDay } from './floating';
import { monthName } from './names';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

type WordedDate = Pick<EventDate, 'shape' | 'window' | 'estimate' | 'approximate' | 'uncertain'> &
  Partial<Pick<EventDate, 'edtf'>>;

/** A day in the primary calendar, for the phrase; its Gregorian midnight, for the brackets. */
interface Days {
  dayOf(ms: number): CalendarDate;
  primary: Calendar;
}

function calendarDays(primary: Calendar): Days {
  return {
    primary,
    dayOf(ms) {
      const gregorian = parseDayKey(floatingDayKey(ms));
      return primary === 'gregorian' ? gregorian : gregorianToJulian(gregorian);
    },
  };
}

const dayMonth = (date: CalendarDate) => `${date.day} ${monthName(date.month, 'long')}`;

/** "22:40". */
function clock(ms: number): string {
  const minutes = Math.round((ms - startOfFloatingDay(ms)) / MINUTE);
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${hh}:${mm}`;
}

/** "3 p.m.", "10:30 a.m.", "noon": how a reader says a source's estimate. */
export function spokenTime(time: string): string {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  if (hours === 12 && minutes === 0) return 'noon';
  if (hours === 0 && minutes === 0) return 'midnight';
  const twelve = hours % 12 === 0 ? 12 : hours % 12;
  const part = minutes === 0 ? '' : `:${String(minutes).padStart(2, '0')}`;
  return `${twelve}${part} ${hours < 12 ? 'a.m.' : 'p.m.'}`;
}

/**
 * Where a moment lies, `[earliest, latest]` inclusive, in words without the year:
 * "at 22:40 on 7 November", "at some time on 8 November", "in the morning of 9
 * November", "in the night of 8–9 November", "between 21:00 and 22:40 on 7 November".
 */
function momentPhrase(earliest: number, latest: number, days: Days): string {
  const first = startOfFloatingDay(earliest);
  const last = startOfFloatingDay(latest);
  const from = earliest - first;
  const to = latest - last + MINUTE;
  const firstDay = dayMonth(days.dayOf(first));
  if (earliest === latest) return `at ${clock(earliest)} on ${firstDay}`;
  if (first === last) {
    if (from === 0 && to === DAY) return `at some time on ${firstDay}`;
    const part = PART_NAMES.find(([a, b]) => a * HOUR === from && b * HOUR === to);
    if (part) return `${part[2]} of ${firstDay}`;
    // A window to the day's last minute runs to its end, not "to 23:59" or "to midnight".
    if (to === DAY) return `between ${clock(earliest)} and the end of ${firstDay}`;
    return `between ${clock(earliest)} and ${clock(latest)} on ${firstDay}`;
  }
  const lastDay = days.dayOf(last);
  const range = spanOfDays(days.dayOf(first), lastDay);
  // Within the evening of one day and the early hours of the next: the night between them.
  if (last - first === DAY && from >= 18 * HOUR && to <= 6 * HOUR)
    return `in the night of ${range}`;
  if (from === 0 && to === DAY) return `at some time on ${range}`;
  const firstYear = days.dayOf(first).year === lastDay.year ? '' : ` ${days.dayOf(first).year}`;
  const until =
    to === DAY ? `the end of ${dayMonth(lastDay)}` : `${clock(latest)} on ${dayMonth(lastDay)}`;
  return `between ${clock(earliest)} on ${firstDay}${firstYear} and ${until}`;
}

/** Parts of day as the extractor's hours read them, and how they are said. */
const PART_NAMES: [number, number, string][] = [
  [0, 6, 'in the early hours'],
  [6, 12, 'in the morning'],
  [12, 18, 'in the afternoon'],
  [18, 24, 'in the evening'],
];

/** "8–9 November", "31 October – 1 November", "31 December 1917 – 1 January" (the last day's year follows). */
function spanOfDays(first: CalendarDate, last: CalendarDate): string {
  if (first.month === last.month && first.year === last.year)
    return first.day === last.day
      ? dayMonth(first)
      : `${first.day}–${last.day} ${monthName(last.month, 'long')}`;
  return `${dayMonth(first)}${first.year === last.year ? '' : ` ${first.year}`} – ${dayMonth(last)}`;
}

/** "1917 (25–26 October O.S.)": the year, then the other calendar's days in brackets. */
function yearAndOther(firstMs: number, lastMs: number, primary: Calendar): string {
  const gregorian = [firstMs, lastMs].map((ms) => parseDayKey(floatingDayKey(ms)));
  const julian = gregorian.map(gregorianToJulian);
  const [lead, follow] = primary === 'gregorian' ? [gregorian, julian] : [julian, gregorian];
  const [leadMark, followMark] = primary === 'gregorian' ? ['', ' O.S.'] : [' O.S.', ' N.S.'];
  // Its year when it differs from the lead's, or when its days cross into a new one.
  const followYear =
    follow[1]!.year !== lead[1]!.year || follow[0]!.year !== follow[1]!.year
      ? ` ${follow[1]!.year}`
      : '';
  return `${lead[1]!.year}${leadMark} (${spanOfDays(follow[0]!, follow[1]!)}${followYear}${followMark})`;
}

/** A date's window in words (see the module's comment), starting lower-case. */
export function describeWindow(date: WordedDate, primary: Calendar): string {
  const days = calendarDays(primary);
  const w = date.window;
  const startEarliest = parseFloating(w.start.earliest);
  const startLatest = parseFloating(w.start.latest);
  const about = `${date.uncertain ? 'perhaps ' : ''}${date.approximate ? 'about ' : ''}`;
  // A window is already a range: "about between …" reads badly, so there it follows.
  const perhaps = date.uncertain ? 'perhaps ' : '';
  const flagged = date.approximate ? '; approximate' : '';

  const endLatestMs = parseFloating(w.end.latest);
  // A span of no length (a witness's "reported at 11:10") is said as a moment.
  if (date.shape === 'instant' || (startEarliest === endLatestMs && startLatest === endLatestMs)) {
    const words = `${momentPhrase(startEarliest, startLatest, days)} ${yearAndOther(startEarliest, startLatest, primary)}`;
    if (startEarliest === startLatest)
      return `${perhaps}${words.replace(/^at /, date.approximate ? 'at about ' : 'at ')}`;
    return `${perhaps}${words}${flagged}${estimateWords(date)}`;
  }

  const endEarliest = parseFloating(w.end.earliest);
  // A span's end is exclusive: the last minute it may go on is a minute before it. A
  // latest end on a minute 59 was carried from an instant's window, whose last minute is
  // its own (the deposition by 05:59 lets the storming go on until 06:00), or from the
  // day's last minute: the span may go on to the end of that minute.
  const endLatest = isLastMinuteOfHour(endLatestMs) ? endLatestMs + MINUTE : endLatestMs;
  if (date.shape === 'span' && date.edtf !== undefined && OPEN_END.test(date.edtf)) {
    // The source gives no end: what the window holds at its latest is only where the
    // work's dates stop, so only how long the span surely went on is said.
    const goingOn =
      endEarliest > startLatest
        ? ` and still going on at ${clock(endEarliest)} on ${dayMonth(days.dayOf(endEarliest))}`
        : '';
    const years = yearAndOther(startEarliest, Math.max(startLatest, endEarliest), primary);
    return `${perhaps}beginning ${momentPhrase(startEarliest, startLatest, days)}${goingOn} ${years}, its end not given${flagged}${estimateWords(date)}`;
  }
  const lastMinute = Math.max(startEarliest, endLatest - MINUTE);
  const tail = yearAndOther(startEarliest, lastMinute, primary);
  const exact = startEarliest === startLatest && endEarliest === endLatest;
  if (exact) {
    if (
      startEarliest === startOfFloatingDay(startEarliest) &&
      endLatest === startOfFloatingDay(endLatest)
    ) {
      const range = spanOfDays(days.dayOf(startEarliest), days.dayOf(lastMinute));
      return `${about}${endLatest - startEarliest === DAY ? 'all of' : 'through'} ${range} ${tail}`;
    }
    return (
      `from ${about}${clock(startEarliest)} on ${dayMonth(days.dayOf(startEarliest))} ` +
      `until ${about}${clock(endLatest)} on ${dayMonth(days.dayOf(endLatest))} ${tail}`
    );
  }
  // Begun and over inside the same stretch, neither end known better: say the stretch once.
  if (startEarliest === endEarliest && startLatest === endLatest - MINUTE) {
    const within = momentPhrase(startEarliest, startLatest, days).replace(
      /^(at some time on|in the|between)\b/,
      (lead) =>
        lead === 'at some time on' ? 'for part of' : lead === 'in the' ? 'within the' : 'between',
    );
    return `${perhaps}${within} ${tail}${flagged}${estimateWords(date)}`;
  }
  const beginning = momentPhrase(startEarliest, startLatest, days);
  // The end's window as moments the span may last to: its exclusive bounds a minute back,
  // unless the end is known to the minute.
  const ending =
    endEarliest === endLatest
      ? `at ${clock(endLatest)} on ${dayMonth(days.dayOf(endLatest))}`
      : momentPhrase(endEarliest, endLatest - MINUTE, days);
  return `${perhaps}beginning ${beginning} and ending ${ending} ${tail}${flagged}${estimateWords(date)}`;
}

/** An EDTF interval whose end is open (`/..`) or unknown (`/`). */
const OPEN_END = /\/(\.\.)?$/;

function isLastMinuteOfHour(ms: number): boolean {
  return (((ms % HOUR) + HOUR) % HOUR) / MINUTE === 59;
}

/** "; about 3 p.m. by other sources", "; in the afternoon by other sources", or nothing. */
function estimateWords(date: WordedDate): string {
  const estimate = date.estimate;
  if (!estimate) return '';
  if (estimate.time !== undefined) return `; about ${spokenTime(estimate.time)} by other sources`;
  if (estimate.partOfDay !== undefined)
    return `; ${estimate.partOfDay === 'night' ? 'at night' : `in the ${estimate.partOfDay}`} by other sources`;
  return '';
}

/** The same words as a sentence: "At some time on 8 November 1917 (26 October O.S.)." */
export function describeWindowSentence(date: WordedDate, primary: Calendar): string {
  const words = describeWindow(date, primary);
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
}
