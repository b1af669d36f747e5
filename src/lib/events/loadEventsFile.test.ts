import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadEventsFile } from './loadEventsFile';
import { parseEventsFile } from './parseEventsFile';

const ok = '{"formatVersion":1,"sources":[],"lanes":[],"people":[],"places":[],"events":[]}';

function answering(body: string, init: ResponseInit = {}): typeof fetch {
  return async () => new Response(body, init);
}

/** A server that sends `body` in pieces of `size` bytes, as a network does with a large file. */
function streaming(body: string, size: number): typeof fetch {
  const bytes = new TextEncoder().encode(body);
  return async () =>
    new Response(
      new ReadableStream<Uint8Array>({
        start(controller) {
          for (let i = 0; i < bytes.length; i += size) controller.enqueue(bytes.slice(i, i + size));
          controller.close();
        },
      }),
    );
}

describe('loadEventsFile', () => {
  it('reads the bundled events.json sent in small pieces as it reads it whole', async () => {
    const text = readFileSync('events.json', 'utf8');
    // Pieces that cut the multi-byte characters (curly quotes, dashes) of the text too.
    const result = await loadEventsFile('/events.json', streaming(text, 997));
    expect(result).toEqual(parseEventsFile(text));
    expect(result.ok && result.data.events.length).toBeGreaterThan(10);
  });

  it('names the same place in a broken file whether it came in pieces or whole', async () => {
    const text = readFileSync('events.json', 'utf8');
    const broken = text.replace('"lane": "', '"lane" "');
    const result = await loadEventsFile('/events.json', streaming(broken, 4096));
    expect(result).toEqual(parseEventsFile(broken));
    expect(result.ok).toBe(false);
  });

  it('says a file cut off on its way is cut off, and where, as it says for the file whole', async () => {
    const cut = readFileSync('events.json', 'utf8').slice(0, 12_345);
    const result = await loadEventsFile('/events.json', streaming(cut, 1000));
    expect(result).toEqual(parseEventsFile(cut));
    expect(result).toMatchObject({
      ok: false,
      error: expect.stringMatching(/stops after 12,345 characters in the middle of .+, as if/),
    });
  });

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
