import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EventsFile } from '../events/types';
import { findMentions } from './mentions';

const file = JSON.parse(readFileSync('events.json', 'utf8')) as EventsFile;
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
