import { describe, expect, it } from 'vitest';
import { loadEventsFile } from './loadEventsFile';

const ok = '{"formatVersion":1,"sources":[],"lanes":[],"people":[],"places":[],"events":[]}';

function answering(body: string, init: ResponseInit = {}): typeof fetch {
  return async () => new Response(body, init);
}

describe('loadEventsFile', () => {
  it('returns the parsed file when the server sends valid JSON', async () => {
    const result = await loadEventsFile('/events.json', answering(ok));
    expect(result).toMatchObject({ ok: true, problems: [] });
  });

  it('names the HTTP status when the server refuses', async () => {
    const result = await loadEventsFile(
      '/events.json',
      answering('gone', { status: 404, statusText: 'Not Found' }),
    );
    expect(result).toEqual({
      ok: false,
      error: 'events.json could not be loaded: the server answered HTTP 404 Not Found.',
      details: [],
    });
  });

  it('names the parse error when the body is not JSON', async () => {
    const result = await loadEventsFile('/events.json', answering('{"formatVersion":1}}'));
    expect(result).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^events\.json is not valid JSON/),
    });
  });

  it('reports a network failure instead of rejecting', async () => {
    const failing: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect(await loadEventsFile('/events.json', failing)).toEqual({
      ok: false,
      error: 'events.json could not be loaded: Failed to fetch.',
      details: ['The network or the server did not answer. Check the connection and reload.'],
    });
  });

  it('reports a body that breaks off while it is read', async () => {
    const body = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"formatVersion":'));
        controller.error(new TypeError('network error'));
      },
    });
    const result = await loadEventsFile('/events.json', async () => new Response(body));
    expect(result).toEqual({
      ok: false,
      error: 'events.json could not be read: network error.',
      details: [],
    });
  });
});
