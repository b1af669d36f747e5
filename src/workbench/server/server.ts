/**
 * The workbench server behind `npm run curate`: plain `node:http` on 127.0.0.1,
 * serving the app's production build (the same bundle readers get, under its own
 * Content-Security-Policy) with a per-start token in its page, events.json as the
 * curation gives it now, and a small API to read, check and save curation files.
 *
 * Every request must name this server in its Host (against DNS rebinding); every
 * API call must carry the token; every write must come from this server's own
 * origin, as JSON, under the size limit. A refusal is a JSON `{ error }` with the
 * reason, and nothing is written.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFileSync, realpathSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, sep } from 'node:path';
import { CurationStore, type FileWrite, type SaveOutcome } from './curationStore';
import {
  checkCurationPath,
  checkDeclaredLength,
  checkHost,
  checkToken,
  checkWriteOrigin,
  isRefusal,
  MAX_BODY_BYTES,
  parseJsonBody,
  tooLarge,
  TOKEN_HEADER,
  type Refusal,
} from './requestChecks';

export interface WorkbenchOptions {
  /** The project folder whose `sources/` and `curation/` are curated. */
  root: string;
  /** A production build of the app (`vite build`'s output folder). */
  dist: string;
  /** 0 picks a free port. */
  port: number;
  /** The page's token; a fresh random one by default. Tests pass their own. */
  token?: string;
}

export interface RunningWorkbench {
  url: string;
  port: number;
  token: string;
  store: CurationStore;
  close(): Promise<void>;
}

/** A write's body as parsed, each field checked by the call that reads it. */
interface WriteBody {
  path?: unknown;
  content?: unknown;
  baseVersion?: unknown;
  event?: unknown;
  files?: unknown;
  ids?: unknown;
}

/** The meta tag the app looks for: present only when `npm run curate` serves the page. */
export const TOKEN_META = 'workbench-token';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** The bundled events.json's hashed name in the build; the server answers it with the live file. */
const EVENTS_ASSET = /^\/assets\/events-[\w-]+\.json$/;
/** A page text file beside the bundled events.json; answered with the live one beside the live file. */
const PAGE_TEXT_ASSET = /^\/assets\/(page-texts\/[a-z0-9]+(?:-[a-z0-9]+)*\.[0-9a-f]{16}\.json)$/;

export async function startWorkbenchServer(options: WorkbenchOptions): Promise<RunningWorkbench> {
  const store = new CurationStore(options.root);
  const dist = realpathSync(options.dist);
  const token = options.token ?? randomBytes(32).toString('base64url');
  const page = withToken(readFileSync(join(dist, 'index.html'), 'utf8'), token);
  const streams = new Set<ServerResponse>();
  let port = options.port;

  const unsubscribe = store.onEventsWritten((version) => {
    for (const stream of streams) stream.write(`event: events\ndata: ${version}\n\n`);
  });

  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error(`curate: internal error: ${(error as Error).stack ?? String(error)}`);
      if (!response.headersSent)
        send(response, 500, { error: 'internal error; see the server log' });
      else response.end();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const hostRefusal = checkHost(request.headers.host, port);
    if (hostRefusal) return refuse(response, hostRefusal);
    const url = new URL(request.url ?? '/', `http://${request.headers.host}`);
    if (url.pathname.startsWith('/api/')) return api(request, response, url);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return refuse(response, { status: 405, message: `${request.method} is not served here` });
    }
    if (url.pathname === '/' || url.pathname === '/index.html') {
      return send(response, 200, page, 'text/html; charset=utf-8');
    }
    if (EVENTS_ASSET.test(url.pathname)) return sendEvents(response);
    const pageText = PAGE_TEXT_ASSET.exec(url.pathname);
    if (pageText) return sendPageText(response, pageText[1]!);
    return sendStatic(response, url.pathname);
  }

  async function api(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    const route = `${request.method} ${url.pathname}`;
    // EventSource cannot send headers, so the stream takes the token in its address.
    const given =
      route === 'GET /api/changes'
        ? (url.searchParams.get('token') ?? undefined)
        : header(request, TOKEN_HEADER);
    const tokenRefusal = checkToken(given, token);
    if (tokenRefusal) return refuse(response, tokenRefusal);

    switch (route) {
      case 'GET /api/file': {
        const file = checkCurationPath(url.searchParams.get('path'));
        if (isRefusal(file)) return refuse(response, file);
        const read = store.read(file);
        return 'status' in read ? refuse(response, read) : send(response, 200, read);
      }
      case 'GET /api/events':
        return sendEvents(response);
      case 'GET /api/sources':
        return send(response, 200, { pages: store.pageFiles() });
      case 'GET /api/status':
        return send(response, 200, store.report());
      case 'GET /api/propose': {
        const [start, end] = ['start', 'end'].map((name) => Number(url.searchParams.get(name)));
        const source = url.searchParams.get('source') ?? '';
        if (!Number.isInteger(start) || !Number.isInteger(end) || start! < 0 || end! < start!) {
          return refuse(response, {
            status: 400,
            message: 'a proposal needs the passage as whole numbers "start" ≤ "end"',
          });
        }
        const proposal = store.propose(source, start!, end!);
        if (isRefusal(proposal)) return refuse(response, proposal);
        return send(response, 200, { proposal });
      }
      case 'GET /api/changes':
        response.writeHead(200, {
          ...SECURITY_HEADERS,
          'Content-Type': 'text/event-stream; charset=utf-8',
          'Cache-Control': 'no-store',
        });
        response.write(': workbench changes\n\n');
        streams.add(response);
        request.on('close', () => streams.delete(response));
        return;
      case 'POST /api/rules-preview': {
        const body = await readWrite(request);
        if (isRefusal(body)) return refuse(response, body);
        const file = checkCurationPath(body.path);
        if (isRefusal(file)) return refuse(response, file);
        const preview = store.previewRules(file, body.content);
        if (isRefusal(preview)) return refuse(response, preview);
        return send(response, preview.kind === 'invalid' ? 422 : 200, preview);
      }
      case 'POST /api/anchor-review': {
        const body = await readWrite(request);
        if (isRefusal(body)) return refuse(response, body);
        const ids = body.ids;
        if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) {
          return refuse(response, {
            status: 400,
            message:
              'a review names the events whose anchors it confirms ("ids", strings); nothing was written',
          });
        }
        const { problems } = await store.resolveAnchors(ids as string[]);
        return send(response, 200, { review: store.anchorReview(), problems });
      }
      case 'PUT /api/files': {
        const body = await readWrite(request);
        if (isRefusal(body)) return refuse(response, body);
        const writes = checkFileWrites(body.files);
        if (isRefusal(writes)) return refuse(response, writes);
        return sendSave(response, await store.saveAll(writes));
      }
      case 'POST /api/check':
      case 'PUT /api/file': {
        const body = await readWrite(request);
        if (isRefusal(body)) return refuse(response, body);
        const file = checkCurationPath(body.path);
        if (isRefusal(file)) return refuse(response, file);
        if (route === 'POST /api/check') {
          const checked = await store.check(file, body.content);
          if (isRefusal(checked)) return refuse(response, checked);
          return send(response, 200, {
            path: file.path,
            problems: checked.introduced,
            remaining: checked.remaining,
            ...(typeof body.event === 'string'
              ? { date: store.readDate(body.content, body.event, checked.extraction) }
              : {}),
          });
        }
        if (typeof body.baseVersion !== 'string') {
          return refuse(response, {
            status: 400,
            message: `a save must name the version it was based on ("baseVersion"); nothing was written`,
          });
        }
        return sendSave(response, await store.save(file, body.content, body.baseVersion));
      }
      default:
        return refuse(response, { status: 404, message: `no such workbench call: ${route}` });
    }
  }

  /** A write's body, refused unless it comes from this origin, as JSON, under the limit. */
  async function readWrite(request: IncomingMessage): Promise<WriteBody | Refusal> {
    const originRefusal = checkWriteOrigin(
      header(request, 'origin'),
      header(request, 'sec-fetch-site'),
      port,
    );
    if (originRefusal) return originRefusal;
    const type = header(request, 'content-type') ?? '';
    if (!/^application\/json\b/i.test(type)) {
      return {
        status: 415,
        message: `a write must be JSON (Content-Type application/json), not "${type}"; nothing was written`,
      };
    }
    const lengthRefusal = checkDeclaredLength(header(request, 'content-length'));
    if (lengthRefusal) return lengthRefusal;
    const text = await readBody(request, MAX_BODY_BYTES);
    if (text === null) return tooLarge();
    const parsed = parseJsonBody(text);
    if (!parsed.ok) return parsed.refusal;
    if (parsed.value === null || typeof parsed.value !== 'object' || Array.isArray(parsed.value)) {
      return {
        status: 400,
        message: 'the request body must be an object { path, content }; nothing was written',
      };
    }
    return parsed.value as WriteBody;
  }

  function sendSave(response: ServerResponse, outcome: SaveOutcome): void {
    switch (outcome.kind) {
      case 'saved':
        return send(response, 200, outcome);
      case 'conflict':
        return send(response, 409, {
          ...outcome,
          error: `${outcome.path} changed on disk since it was read (another tab, an editor or a git pull); nothing was written`,
        });
      case 'invalid':
        return send(response, 422, {
          ...outcome,
          error: `${outcome.path}: the extractor finds ${outcome.problems.length} new problem(s); nothing was written`,
        });
      case 'refused':
        return refuse(response, outcome.refusal);
    }
  }

  function sendEvents(response: ServerResponse): void {
    let text: string;
    try {
      text = readFileSync(store.eventsPath, 'utf8');
    } catch {
      return refuse(response, {
        status: 404,
        message: 'events.json is missing: the curation has problems to fix first',
      });
    }
    send(response, 200, text, 'application/json; charset=utf-8');
  }

  /** A page text file of the live events.json (its name, by the pattern, has no way up). */
  function sendPageText(response: ServerResponse, path: string): void {
    let text: string;
    try {
      text = readFileSync(join(dirname(store.eventsPath), path), 'utf8');
    } catch {
      return refuse(response, {
        status: 404,
        message: `${path} is missing beside events.json: run \`npm run extract\``,
      });
    }
    // Named by its content: it never changes under its name.
    send(
      response,
      200,
      text,
      'application/json; charset=utf-8',
      'public, max-age=31536000, immutable',
    );
  }

  function sendStatic(response: ServerResponse, pathname: string): void {
    const notFound = { status: 404, message: `${pathname}: not found` };
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return refuse(response, notFound);
    }
    // The build's own files only: no dot files, no way up, no links out of it.
    if (decoded.includes('\u0000') || decoded.split('/').some((s) => s.startsWith('.'))) {
      return refuse(response, notFound);
    }
    let real: string;
    try {
      real = realpathSync(join(dist, decoded));
      if (!real.startsWith(dist + sep) || !statSync(real).isFile()) throw new Error('not a file');
    } catch {
      return refuse(response, notFound);
    }
    const type = CONTENT_TYPES[extname(real)] ?? 'application/octet-stream';
    send(response, 200, readFileSync(real), type, 'public, max-age=31536000, immutable');
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    token,
    store,
    close: () =>
      new Promise<void>((resolve) => {
        unsubscribe();
        for (const stream of streams) stream.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** The files of a save of several: each a curation path with its content and base version. */
function checkFileWrites(files: unknown): FileWrite[] | Refusal {
  if (!Array.isArray(files) || files.length === 0 || files.length > 50) {
    return {
      status: 400,
      message:
        'a save of several files needs "files", a list of 1 to 50 { path, baseVersion, content }; nothing was written',
    };
  }
  const writes: FileWrite[] = [];
  for (const [i, entry] of files.entries()) {
    const item = (entry ?? {}) as { path?: unknown; baseVersion?: unknown; content?: unknown };
    const file = checkCurationPath(item.path);
    if (isRefusal(file)) return file;
    if (typeof item.baseVersion !== 'string') {
      return {
        status: 400,
        message: `files[${i}] must name the version it was based on ("baseVersion"); nothing was written`,
      };
    }
    if (writes.some((w) => w.file.path === file.path)) {
      return { status: 400, message: `${file.path} is named twice; nothing was written` };
    }
    writes.push({ file, data: item.content, baseVersion: item.baseVersion });
  }
  return writes;
}

/** The page with its token, in a meta tag right after the charset (before any script reads it). */
export function withToken(html: string, token: string): string {
  const charset = /<meta charset="[^"]*"\s*\/?>/i;
  if (!charset.test(html))
    throw new Error('index.html has no <meta charset> to put the token after');
  return html.replace(
    charset,
    (meta) => `${meta}\n    <meta name="${TOKEN_META}" content="${token}" />`,
  );
}

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  // No other site may frame the workbench and steer a curator's clicks.
  'X-Frame-Options': 'DENY',
  'Content-Security-Policy': "frame-ancestors 'none'",
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function send(
  response: ServerResponse,
  status: number,
  body: unknown,
  type = 'application/json; charset=utf-8',
  cache = 'no-store',
): void {
  const payload =
    typeof body === 'string' || Buffer.isBuffer(body) ? body : `${JSON.stringify(body)}\n`;
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(payload),
    'Cache-Control': cache,
  });
  response.end(payload);
}

function refuse(response: ServerResponse, refusal: Refusal): void {
  // A body refused unread would be taken for the next request on a kept-alive connection.
  if (refusal.status === 413) response.setHeader('Connection', 'close');
  send(response, refusal.status, { error: refusal.message });
}

/** The body as text, or null once it passes `limit` bytes (the rest is not read). */
function readBody(request: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        // Drained unread, so the refusal can still be sent on the connection.
        request.removeAllListeners('data');
        request.resume();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
