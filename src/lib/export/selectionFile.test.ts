import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import type { EventsFile } from '../events/types';
import { selectionFile, selectionJson } from './selectionFile';

const file = JSON.parse(readFileSync('events.json', 'utf8')) as EventsFile;
const schema = JSON.parse(readFileSync('schema/events.schema.json', 'utf8')) as object;
const validate = new Ajv2020({ allErrors: true }).compile(schema);
const pick = (...ids: string[]) => file.events.filter((e) => ids.includes(e.id));

describe('selectionFile', () => {
  it('validates against the events schema for every event, for none and for a few', () => {
    for (const events of [file.events, [], pick('gatchina-occupied', 'congress-opens')]) {
      const json = JSON.parse(selectionJson(file, events)) as unknown;
      expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('gives back the whole file when every event is chosen', () => {
    expect(selectionFile(file, file.events)).toEqual(file);
  });

  it('keeps only the people, places, lanes and sources the events need', () => {
    const part = selectionFile(file, pick('gatchina-occupied'));
    expect(part.events.map((e) => e.id)).toEqual(['gatchina-occupied']);
    expect(part.people.map((p) => p.id)).toEqual(['kerensky', 'krasnov']);
    expect(part.places.map((p) => p.id)).toEqual(['gatchina']);
    expect(part.lanes.map((l) => l.id)).toEqual(['march']);
    expect(part.sources.map((s) => s.id)).toEqual(['stormy-passage-p376']);
  });

  it('keeps the file order of events whatever order they are given in', () => {
    const part = selectionFile(file, [...pick('gatchina-occupied', 'congress-opens')].reverse());
    expect(part.events.map((e) => e.id)).toEqual(['congress-opens', 'gatchina-occupied']);
  });

  it('drops relations to events left out, so every id resolves', () => {
    const part = selectionFile(file, pick('both-sides-call-on-army'));
    expect(part.events[0]!.relations).toEqual([]);
    const both = selectionFile(file, pick('both-sides-call-on-army', 'congress-opens'));
    expect(
      both.events
        .find((e) => e.id === 'both-sides-call-on-army')!
        .relations.map(({ kind, event }) => ({ kind, event })),
    ).toEqual([{ kind: 'after', event: 'congress-opens' }]);
  });

  it('does not change the file it reads', () => {
    const before = JSON.stringify(file);
    selectionFile(file, pick('both-sides-call-on-army'));
    expect(JSON.stringify(file)).toBe(before);
  });
});
