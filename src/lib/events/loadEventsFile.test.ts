import { describe, expect, it } from 'vitest';
import { loadEventsFile } from './loadEventsFile';

const ok = '{"formatVersion":1,"sources":[],"lanes":[],"people":[],"places":[],"events":[]}';

function answering(body: string, init: ResponseInit = {}): typeof fetch {
  return async () => new Response(body, init);
}

describe('loadEventsFile', () => {
  it('returns the parsed file when the server sends valid JSON', async () => {
    const result = await loadEventsFile('/events.json', answering(ok));
    expect(result.ok).toBe(true);
  });

  it('names the HTTP status when the server refuses', async () => {
    const result = await loadEventsFile(
      '/events.json',
      answering('gone', { status: 404, statusText: 'Not Found' }),
    );
    expect(result).toEqual({
      ok: false,
      error: 'events.json could not be loaded: the server answered HTTP 404 Not Found.',
    });
  });

  it('names the parse error when the body is not JSON', async () => {
    const result = await loadEventsFile('/events.json', answering('<!doctype html>'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^events\.json is not valid JSON/);
  });

  it('reports a network failure instead of rejecting', async () => {
    const failing: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect(await loadEventsFile('/events.json', failing)).toEqual({
      ok: false,
      error: 'events.json could not be loaded: Failed to fetch.',
    });
  });
});
