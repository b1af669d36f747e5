/**
 * A seeded dataset of N schema-valid events for the benchmark: dates spread over
 * November 1917 at random minutes (clock times, parts of days, days and spans of
 * days as windows, some approximate or uncertain), titles of 20–60 characters, several lanes,
 * and synthetic source pages whose sentences are the events' passages, so every
 * event anchors in a reading text exactly as the extractor's would.
 */
import type {
  DateBasis,
  EventDate,
  EventsFile,
  SourcePageWithText,
  EventType,
  Lane,
  PartOfDay,
  Person,
  Place,
  TimelineEvent,
} from '../../src/lib/events/types';
import { intBetween, pick, seededRandom, type Random } from './random';

/** Characters of context on either side of a quote, as the extractor writes them. */
const QUOTE_CONTEXT = 32;
/** Events whose passages share one synthetic source page. */
const EVENTS_PER_PAGE = 40;

export const BENCH_LANES: Lane[] = [
  { id: 'petrograd', label: 'Petrograd politics', description: 'The capital.' },
  { id: 'front', label: 'Northern Front', description: 'Headquarters and the army.' },
  { id: 'march', label: 'March on Petrograd', description: 'The Cossack echelons.' },
  { id: 'moscow', label: 'Moscow', description: 'Fighting in Moscow.' },
  { id: 'narrator', label: 'The narrator', description: 'The memoirist himself.' },
];

const PEOPLE: Person[] = [
  ['krasnov', 'Pyotr Krasnov', 'General'],
  ['kerensky', 'Alexander Kerensky', 'Prime minister'],
  ['lenin', 'Vladimir Lenin', 'Chairman of the Council'],
  ['trotsky', 'Leon Trotsky', 'Chairman of the Petrograd Soviet'],
  ['woytinsky', 'W. S. Woytinsky', 'Commissar of the Northern Front'],
  ['cheremisov', 'Vladimir Cheremisov', 'Commander of the Northern Front'],
  ['dukhonin', 'Nikolai Dukhonin', 'Chief of staff'],
  ['dan', 'Fyodor Dan', 'Member of the Executive Committee'],
].map(([id, name, role]) => ({ id: id!, name: name!, role: role!, aliases: [] }));

const PLACES: Place[] = (
  [
    ['petrograd', 'Petrograd', 'city', 30.31, 59.94],
    ['pskov', 'Pskov', 'city', 28.33, 57.82],
    ['ostrov', 'Ostrov', 'town', 28.36, 57.34],
    ['gatchina', 'Gatchina', 'town', 30.13, 59.57],
    ['tsarskoye-selo', 'Tsarskoye Selo', 'town', 30.4, 59.72],
    ['moscow', 'Moscow', 'city', 37.62, 55.75],
    ['smolny', 'Smolny Institute', 'building', 30.4, 59.95],
    ['luga', 'Luga', 'town', 29.85, 58.74],
  ] as const
).map(([id, name, kind, lon, lat]) => ({
  id,
  name,
  kind,
  coordinates: [lon, lat] as [number, number],
  coordinatesSource: { title: 'Synthetic coordinates for the benchmark' },
  aliases: [],
}));

const TYPES: EventType[] = [
  'political',
  'military',
  'communication',
  'decision',
  'movement',
  'personal',
];
const SUBJECTS = [
  'The Cossacks',
  'General Krasnov',
  'Kerensky',
  'The delegates',
  'The Executive Committee',
  'A courier',
  'The garrison',
  'The commissar',
  'Headquarters',
  'The railwaymen',
  'Two echelons',
  'The Soviet',
];
const VERBS = [
  'leave',
  'reach',
  'telegraph',
  'meet at',
  'argue over',
  'march on',
  'occupy',
  'send word to',
  'refuse to join',
  'wait near',
  'report from',
  'retreat to',
];
const OBJECTS = [
  'Gatchina',
  'the Smolny',
  'Pskov station',
  'Tsarskoye Selo',
  'the Winter Palace',
  'the Neva bridges',
  'the front',
  'Luga',
  'the telephone exchange',
  'the armoured cars',
];
const FILLER = [
  'The night was cold and the trains ran late.',
  'Nobody at headquarters knew what the morning would bring.',
  'We talked for a long time about the garrison.',
  'Rumours came from every side, most of them false.',
];
const PARTS: Record<PartOfDay, [number, number]> = {
  night: [0, 6],
  morning: [6, 12],
  afternoon: [12, 18],
  evening: [18, 24],
};
const MONTH_DAYS = 30;
const DAY_MS = 86_400_000;
const MONTH_START = Date.UTC(1917, 10, 1);

function two(n: number): string {
  return String(n).padStart(2, '0');
}

/** `1917-11-08` or `1917-11-08T22:40` for a UTC-axis time. */
function floating(ms: number, withTime = true): string {
  const d = new Date(ms);
  const day = `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}`;
  return withTime ? `${day}T${two(d.getUTCHours())}:${two(d.getUTCMinutes())}` : day;
}

function makeTitle(random: Random): string {
  let title = `${pick(random, SUBJECTS)} ${pick(random, VERBS)} ${pick(random, OBJECTS)}`;
  while (title.length < 20) title += ` again`;
  if (title.length > 60) title = title.slice(0, 60).trimEnd();
  return title;
}

const MINUTE_MS = 60_000;

/** A window whose moment (or start and end) lie between the given times, in ms. */
function windowOf(
  shape: EventDate['shape'],
  start: { earliest: number; latest: number },
  end: { earliest: number; latest: number } = start,
): Pick<EventDate, 'shape' | 'own' | 'window'> {
  const bounds = (b: { earliest: number; latest: number }) => ({
    earliest: floating(b.earliest),
    latest: floating(b.latest),
  });
  const window = { start: bounds(start), end: bounds(shape === 'instant' ? start : end) };
  return { shape, own: window, window };
}

function makeDate(random: Random): EventDate & { words: string } {
  const dayIndex = intBetween(random, 0, MONTH_DAYS - 1);
  const dayStart = MONTH_START + dayIndex * DAY_MS;
  const dayIso = floating(dayStart, false);
  const basis: DateBasis = random() < 0.6 ? 'stated' : random() < 0.75 ? 'narrative' : 'historical';
  const citations =
    basis === 'historical'
      ? [{ title: 'A synthetic chronology of 1917', note: 'Gives the day.' }]
      : [];
  const roll = random();
  const mark = random() < 0.1 ? '~' : random() < 0.03 ? '?' : '';
  // As the extractor reads them: a clock time is an instant to the minute, a day an
  // instant at some time of it, a part of a day a span within it, days a span from
  // the first to the last.
  let rest: Pick<EventDate, 'edtf' | 'time' | 'partOfDay' | 'shape' | 'own' | 'window'>;
  let words: string;
  if (roll < 0.55) {
    const at = dayStart + intBetween(random, 0, 1439) * MINUTE_MS;
    const time = floating(at).slice(11);
    rest = { edtf: dayIso, time, ...windowOf('instant', { earliest: at, latest: at }) };
    words = `On November ${dayIndex + 1} at ${time}`;
  } else if (roll < 0.75) {
    const partOfDay = pick(random, Object.keys(PARTS) as PartOfDay[]);
    const [from, to] = PARTS[partOfDay];
    const start = dayStart + from * 3_600_000;
    const end = dayStart + to * 3_600_000;
    rest = {
      edtf: dayIso + mark,
      partOfDay,
      ...windowOf(
        'span',
        { earliest: start, latest: end - MINUTE_MS },
        { earliest: start, latest: end },
      ),
    };
    words = `On November ${dayIndex + 1}, in the ${partOfDay}`;
  } else if (roll < 0.9) {
    rest = {
      edtf: dayIso + mark,
      ...windowOf('instant', { earliest: dayStart, latest: dayStart + DAY_MS - MINUTE_MS }),
    };
    words = `On November ${dayIndex + 1}`;
  } else {
    const length = intBetween(random, 2, 3);
    const lastDay = dayStart + (length - 1) * DAY_MS;
    rest = {
      edtf: `${dayIso}/${floating(lastDay, false)}`,
      ...windowOf(
        'span',
        { earliest: dayStart, latest: dayStart + DAY_MS - MINUTE_MS },
        { earliest: lastDay, latest: lastDay + DAY_MS },
      ),
    };
    words = `Between November ${dayIndex + 1} and the days after`;
  }
  return {
    ...rest,
    approximate: rest.edtf.endsWith('~'),
    uncertain: rest.edtf.endsWith('?'),
    tightenedBy: [],
    readings: [],
    basis,
    rationale: `${basis === 'stated' ? 'The page says' : 'The story puts it at'} "${words}".`,
    citations,
    words,
  };
}

/** A dataset of `count` events, the same for the same `count` and `seed`. */
export function generateEventsFile(count: number, seed = 1917): EventsFile<SourcePageWithText> {
  const random = seededRandom(seed ^ count);
  const sources: SourcePageWithText[] = [];
  const events: (TimelineEvent & { order: number })[] = [];
  for (let first = 0, page = 1; first < count; first += EVENTS_PER_PAGE, page++) {
    const id = `synthetic-memoir-p${page}`;
    let text = '';
    const onPage: { event: Omit<TimelineEvent, 'anchor'>; start: number; end: number }[] = [];
    for (let i = first; i < Math.min(count, first + EVENTS_PER_PAGE); i++) {
      const { words, ...date } = makeDate(random);
      const title = makeTitle(random);
      if (random() < 0.3) text += pick(random, FILLER) + ' ';
      const sentence = `${words}, ${title.charAt(0).toLowerCase()}${title.slice(1)}.`;
      onPage.push({
        event: {
          id: `event-${String(i + 1).padStart(6, '0')}`,
          title,
          summary: `${title}.`,
          type: pick(random, TYPES),
          lane: pick(random, BENCH_LANES).id,
          people: random() < 0.6 ? [pick(random, PEOPLE).id] : [],
          places: random() < 0.6 ? [pick(random, PLACES).id] : [],
          date,
          relations: [],
        },
        start: text.length,
        end: text.length + sentence.length,
      });
      text += sentence + (random() < 0.15 ? '\n\n' : ' ');
    }
    text = text.trimEnd();
    sources.push({
      id,
      work: {
        author: 'A. Synthetic',
        title: 'A Memoir of November',
        publisherPlace: 'New York',
        publisher: 'Benchmark Press',
        year: 1961,
      },
      page,
      provenance: 'Generated for the benchmark',
      rawText: text,
      readingText: text,
    });
    for (const { event, start, end } of onPage) {
      events.push({
        ...event,
        order: events.length,
        anchor: {
          source: id,
          quote: {
            exact: text.slice(start, end),
            prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT), start),
            suffix: text.slice(end, end + QUOTE_CONTEXT),
          },
          position: { start, end },
          raw: { start, end },
        },
      });
    }
  }
  // In time order as the extractor writes it: with no relations, by the window's
  // earliest start, then its latest, then the position in the source.
  events.sort(
    (a, b) =>
      a.date.window.start.earliest.localeCompare(b.date.window.start.earliest) ||
      a.date.window.start.latest.localeCompare(b.date.window.start.latest) ||
      a.order - b.order,
  );
  return {
    $schema: './schema/events.schema.json',
    formatVersion: 1,
    sources,
    lanes: BENCH_LANES,
    people: PEOPLE,
    places: PLACES,
    events: events.map(({ order: _order, ...event }) => event),
  };
}
