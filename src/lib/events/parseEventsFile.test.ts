import { describe, expect, it } from 'vitest';
import { describeHttpFailure, parseEventsFile } from './parseEventsFile';

describe('parseEventsFile', () => {
  it('accepts a file with format version 1 and all its lists', () => {
    const result = parseEventsFile(
      '{"formatVersion":1,"sources":[],"lanes":[],"people":[],"places":[],"events":[]}',
    );
    expect(result.ok).toBe(true);
  });

  it('names a JSON syntax error', () => {
    const result = parseEventsFile('{"formatVersion":1,');
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) expect(result.error).toMatch(/^events\.json is not valid JSON \(.+\)\.$/);
  });

  it('refuses other format versions, non-objects and missing lists', () => {
    expect(parseEventsFile('{"formatVersion":2}')).toEqual({
      ok: false,
      error: 'events.json has format version 2; this app reads version 1.',
    });
    expect(parseEventsFile('[1]')).toEqual({
      ok: false,
      error: 'events.json does not hold an object.',
    });
    expect(parseEventsFile('{"formatVersion":1,"sources":[],"lanes":[]}')).toEqual({
      ok: false,
      error: 'events.json has no list of people, places, events.',
    });
  });
});

describe('describeHttpFailure', () => {
  it('names the status code and text', () => {
    expect(describeHttpFailure(404, 'Not Found')).toBe(
      'events.json could not be loaded: the server answered HTTP 404 Not Found.',
    );
    expect(describeHttpFailure(500, '')).toBe(
      'events.json could not be loaded: the server answered HTTP 500.',
    );
  });
});
