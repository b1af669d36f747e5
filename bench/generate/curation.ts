/**
 * A synthetic curation project for the extractor's throughput: a book of OCR-like
 * pages (running heads, lines broken with trailing spaces, words hyphenated across
 * lines, OCR misreadings the rules correct) and a curation in proportion: one
 * curated event per 680 characters, the reckoning of a 600-page book
 * (about 2 MB of OCR) giving some three thousand events.
 */
import type {
  CuratedEvent,
  CurationProject,
  LoadedPage,
} from '../../src/extractor/curation/curationTypes';
import { intBetween, pick, seededRandom, type Random } from './random';

/** Raw characters per curated event. */
export const CHARS_PER_EVENT = 680;
/** Characters of an average sentence, to turn the density into a chance per sentence. */
const SENTENCE_CHARS = 75;
const LINE_WIDTH = 66;

const OCR_ERRORS: [reading: string, ocr: string][] = [
  ['government', 'govemment'],
  ['general', 'gênerai'],
  ['decisions', 'décisions'],
  ['presence', 'présence'],
  ['these', 'thèse'],
];
const NAMES = ['Krasnov', 'Kerensky', 'the general', 'the commissar', 'the delegates'];
const PLACES = ['Gatchina', 'Pskov', 'Ostrov', 'Luga', 'Tsarskoye Selo'];
const VERBS = ['reached', 'left', 'telegraphed', 'occupied', 'waited near', 'wrote from'];
const FILLER = [
  'The government had no troops it could trust, and these decisions were taken in haste.',
  'Nobody at headquarters could say what the morning would bring to the capital.',
  'We talked for a long time about the presence of the general among the Cossacks.',
  'Rumours came from every side, most of them false, some of them dangerous.',
  'The railwaymen argued among themselves about whom they ought to obey.',
];

interface PageDraft {
  /** The page as it reads: paragraphs of sentences. */
  paragraphs: string[];
  events: CuratedEvent[];
}

function draftPage(random: Random, firstSerial: number, chars: number): PageDraft {
  const paragraphs: string[] = [];
  const events: CuratedEvent[] = [];
  let sentences: string[] = [];
  let length = 0;
  let serial = firstSerial;
  while (length < chars) {
    if (random() >= SENTENCE_CHARS / CHARS_PER_EVENT) {
      sentences.push(pick(random, FILLER));
    } else {
      const day = intBetween(random, 1, 30);
      const stated = random() < 0.6;
      const who = pick(random, NAMES);
      const place = pick(random, PLACES);
      const passage = `${who} ${pick(random, VERBS)} ${place} with dispatch number ${serial}`;
      sentences.push(stated ? `On November ${day} ${passage}.` : `Then ${passage}.`);
      events.push({
        id: `event-${serial}`,
        title: `Dispatch ${serial} at ${place}`,
        summary: `${passage}.`,
        type: 'movement',
        lane: 'march',
        people: who === 'Krasnov' ? ['krasnov'] : [],
        places: [place.toLowerCase().replace(' ', '-')],
        anchor: stated ? `On November ${day} ${passage}` : passage,
        date: stated
          ? {
              edtf: `1917-11-${String(day).padStart(2, '0')}`,
              basis: 'stated',
              rationale: 'Stated.',
            }
          : { edtf: '1917-11-15~', basis: 'narrative', rationale: 'The story goes on.' },
      });
      serial += 1;
    }
    length += sentences.at(-1)!.length + 1;
    if (random() < 0.2) {
      paragraphs.push(sentences.join(' '));
      sentences = [];
    }
  }
  if (sentences.length) paragraphs.push(sentences.join(' '));
  return { paragraphs, events };
}

/** The OCR of a drafted page: head line, wrapped lines with hyphen breaks, misreadings. */
function scanPage(random: Random, page: number, paragraphs: string[]): string {
  const lines = [`${page} A Memoir of November `, '', ''];
  for (const paragraph of paragraphs) {
    let text = paragraph;
    for (const [reading, ocr] of OCR_ERRORS) text = text.replaceAll(reading, ocr);
    let line = '';
    for (const word of text.split(' ')) {
      if (line.length + word.length + 1 <= LINE_WIDTH) {
        line += (line ? ' ' : '') + word;
        continue;
      }
      // Break a long lower-case word across the lines now and then, as typesetters did.
      if (/^[a-z]{8,}$/.test(word) && random() < 0.3) {
        const cut = intBetween(random, 3, word.length - 3);
        lines.push(`${line} ${word.slice(0, cut)}- `);
        line = word.slice(cut);
      } else {
        lines.push(`${line} `);
        line = word;
      }
    }
    lines.push(`${line} `, '');
  }
  return lines.join('\n');
}

/** A project of `pages` pages of about `pageChars` characters each, curated densely. */
export function generateCurationProject(
  pages: number,
  pageChars = 3_400,
  seed = 1917,
): CurationProject {
  const random = seededRandom(seed);
  const loaded: LoadedPage[] = [];
  let serial = 1;
  for (let page = 1; page <= pages; page++) {
    const draft = draftPage(random, serial, pageChars);
    serial += draft.events.length;
    loaded.push({
      text: {
        file: `sources/memoir/pages/${page}.txt`,
        data: scanPage(random, page, draft.paragraphs),
      },
      curation: {
        file: `sources/memoir/pages/${page}.json`,
        data: { page, provenance: 'Generated for the benchmark', events: draft.events },
      },
    });
  }
  return {
    people: {
      file: 'curation/people.json',
      data: {
        people: [{ id: 'krasnov', name: 'Pyotr Krasnov', role: 'General', aliases: ['Krasnov'] }],
      },
    },
    places: {
      file: 'curation/places.json',
      data: {
        places: PLACES.map((name) => ({
          id: name.toLowerCase().replace(' ', '-'),
          name,
          kind: 'town' as const,
          coordinates: [30, 59] as [number, number],
          coordinatesSource: { title: 'Synthetic' },
          aliases: [],
        })),
      },
    },
    lanes: {
      file: 'curation/lanes.json',
      data: { lanes: [{ id: 'march', label: 'March', description: '' }] },
    },
    works: [
      {
        work: {
          file: 'sources/memoir/work.json',
          data: {
            id: 'memoir',
            author: 'A. Synthetic',
            title: 'A Memoir of November',
            publisherPlace: 'New York',
            publisher: 'Benchmark Press',
            year: 1961,
            narrativeYear: 1917,
          },
        },
        rules: {
          file: 'sources/memoir/reading-rules.json',
          data: {
            runningHead: '^\\d+ A Memoir of November$',
            corrections: OCR_ERRORS.map(([reading, ocr]) => ({ ocr, reading })),
          },
        },
        pages: loaded,
      },
    ],
  };
}

/** Characters of raw OCR text in the project. */
export function rawSize(project: CurationProject): number {
  return project.works.reduce(
    (sum, work) => sum + work.pages.reduce((s, page) => s + page.text.data.length, 0),
    0,
  );
}
