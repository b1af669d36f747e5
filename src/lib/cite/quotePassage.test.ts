import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EventsFile, SourcePageWithText } from '../events/types';
import { ELLIPSIS, quotePassage } from './quotePassage';

const file = JSON.parse(readFileSync('events.json', 'utf8')) as EventsFile<SourcePageWithText>;
const text = file.sources[0]!.readingText;
const quoteOf = (id: string, max?: number) =>
  quotePassage(text, file.events.find((e) => e.id === id)!.anchor.position, max);
/** The ellipsis written with plain spaces, as a reader sees it. */
const plain = (s: string) => s.replace(/\u00a0/g, ' ');

describe('quotePassage', () => {
  it('ends the Gatchina sentence, which stops at the foot of the page, with an ellipsis', () => {
    expect(plain(quoteOf('gatchina-occupied'))).toBe(
      'His head echelons had reached Gatchina in the morning, had occupied the . . .',
    );
  });

  it('writes the ellipsis as three spaced periods that cannot break from the word before', () => {
    expect(quoteOf('gatchina-occupied').endsWith(`the\u00a0${ELLIPSIS}`)).toBe(true);
    expect(ELLIPSIS).toBe('.\u00a0.\u00a0.');
  });

  it('capitalizes in brackets a quotation that begins inside a sentence', () => {
    expect(quoteOf('power-to-local-soviets')).toBe(
      '[A]bolished the local democratically elected councils, and ordered transfer of local authorities to the respective Soviets.',
    );
    expect(quoteOf('congress-opens')).toMatch(
      /^\[A\] meeting opened at the Smolny\. The Communists/,
    );
  });

  it('marks a sentence cut before its end, dropping the comma at the cut', () => {
    expect(plain(quoteOf('council-of-peoples-commissars'))).toBe(
      'It appointed a new government, the Council of Peoples Commissars headed by Lenin . . .',
    );
    expect(plain(quoteOf('winter-palace-invaded'))).toBe(
      'While the crowd was invading the Winter Palace . . .',
    );
  });

  it('quotes whole sentences as they are, on one line', () => {
    expect(quoteOf('krasnov-telegram')).toBe(
      'On November 9 I received a telegram from General Krasnov.',
    );
    expect(quoteOf('advice-to-contact-kerensky')).toBe(
      'Then I advised him to get in personal touch with Kerensky. Reluctantly, the general agreed.',
    );
  });

  it('opens with an ellipsis a quotation that begins inside a sentence with a capital', () => {
    const page = 'At dawn, Kerensky left the city.';
    expect(plain(quotePassage(page, { start: 9, end: page.length }))).toBe(
      '. . . Kerensky left the city.',
    );
  });

  it('takes a lower-case start at the top of the page as the end of a sentence begun before', () => {
    const page = 'the general agreed. Then he left.';
    expect(quotePassage(page, { start: 0, end: 19 })).toBe('[T]he general agreed.');
    expect(quotePassage(page, { start: 20, end: page.length })).toBe('Then he left.');
  });

  it('cuts a long passage at a word and ends it with an ellipsis', () => {
    const quote = plain(quoteOf('old-committee-rejects-congress', 60));
    expect(quote).toBe('The old Executive Committee declared all these decisions . . .');
  });

  it('turns double quotation marks inside into single ones', () => {
    const page = 'He wrote: “Go.” Then "stop."';
    expect(quotePassage(page, { start: 0, end: page.length })).toBe('He wrote: ‘Go.’ Then ‘stop.’');
  });
});
