import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EventsFile, SourcePageWithText } from '../events/types';
import { findMentions, namedWithin, splitAtMentions } from './mentions';

const file = JSON.parse(readFileSync('events.json', 'utf8')) as EventsFile<SourcePageWithText>;
const text = file.sources[0]!.readingText;

describe('findMentions', () => {
  const mentions = findMentions(text, file);

  it('finds Krasnov by every name the source gives him, the longest name first', () => {
    const krasnov = mentions.filter((m) => m.id === 'krasnov').map((m) => m.text);
    expect(krasnov).toContain('General Krasnov');
    expect(krasnov).toContain('the general');
    expect(krasnov).toContain('Krasnov');
    const general = mentions.find((m) => m.text === 'General Krasnov')!;
    expect(
      mentions.some((m) => m !== general && m.start >= general.start && m.start < general.end),
    ).toBe(false);
  });

  it('returns spans that match the text, in order, without overlaps', () => {
    for (let i = 0; i < mentions.length; i++) {
      const m = mentions[i]!;
      expect(text.slice(m.start, m.end)).toBe(m.text);
      if (i > 0) expect(m.start).toBeGreaterThanOrEqual(mentions[i - 1]!.end);
    }
  });

  it('matches whole words only and with their case', () => {
    const sample = 'In Pskovian lands I met the General; Pskov, the general said.';
    const found = findMentions(sample, file).map((m) => `${m.id}:${m.text}`);
    expect(found).toEqual(['woytinsky:I', 'pskov:Pskov', 'krasnov:the general']);
  });

  it('tells the Smolny and the Winter Palace apart as places', () => {
    const places = new Set(mentions.filter((m) => m.kind === 'place').map((m) => m.id));
    expect(places).toEqual(
      new Set(['winter-palace', 'smolny', 'petrograd', 'ostrov', 'pskov', 'gatchina']),
    );
  });
});

describe('splitAtMentions', () => {
  const mentions = findMentions(text, file);
  const gatchina = file.events.find((e) => e.id === 'gatchina-occupied')!.anchor.position;

  it('cuts a run at the names in it and joins back to the run', () => {
    const run = {
      start: gatchina.start,
      end: gatchina.end,
      text: text.slice(gatchina.start, gatchina.end),
    };
    const parts = splitAtMentions(run, mentions);
    expect(parts.map((p) => p.text).join('')).toBe(run.text);
    expect(parts.filter((p) => p.mention).map((p) => p.text)).toEqual(['Gatchina']);
    expect(parts[0]).toMatchObject({ start: run.start, mention: null });
    expect(parts.at(-1)!.end).toBe(run.end);
  });

  it('cuts a name that crosses the edge of the run to the run', () => {
    const name = mentions.find((m) => m.text === 'General Krasnov')!;
    const run = {
      start: name.start + 8,
      end: name.end + 3,
      text: text.slice(name.start + 8, name.end + 3),
    };
    const parts = splitAtMentions(run, mentions);
    expect(parts.map((p) => [p.text, p.mention?.id ?? null])).toEqual([
      ['Krasnov', 'krasnov'],
      [text.slice(name.end, name.end + 3), null],
    ]);
  });

  it('leaves a run without names whole', () => {
    const run = { start: 0, end: 5, text: text.slice(0, 5) };
    expect(splitAtMentions(run, mentions)).toEqual([{ ...run, mention: null }]);
  });
});

describe('namedWithin', () => {
  it('lists each person and place named in a passage once, in order', () => {
    const mentions = findMentions(text, file);
    const passage = file.events.find((e) => e.id === 'kerensky-joins-echelons')!.anchor.position;
    expect(namedWithin(mentions, passage.start, passage.end)).toEqual([
      { kind: 'person', id: 'kerensky' },
      { kind: 'person', id: 'krasnov' },
      { kind: 'place', id: 'petrograd' },
    ]);
  });
});
