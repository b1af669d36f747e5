/**
 * What the workbench server asks of every request before it reads or writes
 * anything: pure functions over the request's headers and body, so each rule can
 * be tested on its own. A refusal says what was wrong in words a curator (or the
 * author of a forged request) can act on; the server sends it as it is.
 */
import { timingSafeEqual } from 'node:crypto';
import type { CurationFileKind } from '../../extractor/curation/validateCurationFile';

export interface Refusal {
  status: number;
  message: string;
}

/** The header the page sends its per-start token in. A custom header also forces a CORS preflight, which the server never grants. */
export const TOKEN_HEADER = 'x-workbench-token';

/** The largest request body a save may have: a page's curation is some 30 kB, a book's people file a few hundred. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

/** The names this server answers to: the loopback address it listens on, and `localhost`. */
export function ownHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/**
 * The Host header must name this server. A page on another site that has pointed its
 * own name at 127.0.0.1 (DNS rebinding) sends its own name here, and is refused before
 * it can read the page that carries the token.
 */
export function checkHost(host: string | undefined, port: number): Refusal | null {
  if (!host) return { status: 400, message: 'the request has no Host header' };
  if (ownHosts(port).includes(host.toLowerCase())) return null;
  return {
    status: 403,
    message: `Host "${host}" is not this workbench (${ownHosts(port).join(' or ')}); refused, as a page on another site reaching it through its own name would be`,
  };
}

/**
 * A write must come from a page of this server: its Origin must be this server's, and
 * the browser's own account of the request (`Sec-Fetch-Site`), when it gives one, must
 * say the same origin.
 */
export function checkWriteOrigin(
  origin: string | undefined,
  fetchSite: string | undefined,
  port: number,
): Refusal | null {
  if (!origin) {
    return { status: 403, message: 'a write must say where it comes from (an Origin header)' };
  }
  const own = ownHosts(port).map((host) => `http://${host}`);
  if (!own.includes(origin.toLowerCase())) {
    return {
      status: 403,
      message: `a write from ${origin} is refused: only pages of this workbench (${own.join(' or ')}) may write`,
    };
  }
  if (fetchSite !== undefined && fetchSite !== 'same-origin') {
    return {
      status: 403,
      message: `a write the browser calls "${fetchSite}" is refused: only the workbench's own page may write`,
    };
  }
  return null;
}

/** The token the server gave the page when it started, compared in constant time. */
export function checkToken(given: string | undefined, expected: string): Refusal | null {
  if (!given) {
    return {
      status: 403,
      message: `the request carries no workbench token (${TOKEN_HEADER}); reload the workbench page`,
    };
  }
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  if (a.length === b.length && timingSafeEqual(a, b)) return null;
  return {
    status: 403,
    message: 'the workbench token is not this server’s: the server was restarted; reload the page',
  };
}

/** A Content-Length over the limit is refused before any of the body is read. */
export function checkDeclaredLength(
  contentLength: string | undefined,
  limit = MAX_BODY_BYTES,
): Refusal | null {
  if (contentLength === undefined) return null;
  const length = Number(contentLength);
  if (!Number.isInteger(length) || length < 0) {
    return { status: 400, message: `Content-Length "${contentLength}" is not a byte count` };
  }
  return length > limit ? tooLarge(limit) : null;
}

export function tooLarge(limit = MAX_BODY_BYTES): Refusal {
  return {
    status: 413,
    message: `the request body is over ${Math.round(limit / 1024)} kB, more than any curation file needs; nothing was written`,
  };
}

/** Parses a request body as JSON; a refusal says where it stops being JSON. */
export function parseJsonBody(
  text: string,
): { ok: true; value: unknown } | { ok: false; refusal: Refusal } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return {
      ok: false,
      refusal: {
        status: 400,
        message: `the request body is not valid JSON (${(error as Error).message}); nothing was written`,
      },
    };
  }
}

/** A project file the workbench may read and write, and which part of the curation schema it is. */
export interface CurationPath {
  /** Relative to the project root, with forward slashes: `sources/stormy-passage/pages/376.json`. */
  path: string;
  kind: CurationFileKind;
}

const SEGMENT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const FILES: { pattern: RegExp; kind: CurationFileKind }[] = [
  { pattern: /^curation\/people\.json$/, kind: 'peopleFile' },
  { pattern: /^curation\/places\.json$/, kind: 'placesFile' },
  { pattern: /^curation\/lanes\.json$/, kind: 'lanesFile' },
  { pattern: /^sources\/[^/]+\/work\.json$/, kind: 'workFile' },
  { pattern: /^sources\/[^/]+\/reading-rules\.json$/, kind: 'readingRulesFile' },
  { pattern: /^sources\/[^/]+\/pages\/[1-9]\d*\.json$/, kind: 'pageFile' },
];

/**
 * A path as a request gives it, checked as text before the file system is asked
 * anything: relative, forward slashes, no `.` or `..` segment, no percent sign (a
 * slash encoded twice would otherwise pass as one), a work id as ids are written,
 * and one of the curation files under `sources/` or `curation/`. Where the path
 * leads on disk (a symbolic link out of the project) is checked by the server.
 */
export function checkCurationPath(path: unknown): CurationPath | Refusal {
  const refuse = (why: string): Refusal => ({
    status: 403,
    message: `path ${JSON.stringify(path)} ${why}; nothing was read or written`,
  });
  if (typeof path !== 'string' || path === '') return refuse('is not a file path');
  if (path.length > 300) return refuse('is longer than any project file’s');
  // eslint-disable-next-line no-control-regex -- control characters are what it looks for
  if (/[\u0000-\u001f\\%]/u.test(path)) {
    return refuse('has a backslash, a percent sign or a control character');
  }
  if (path.startsWith('/') || /^[a-z]:/i.test(path)) return refuse('is absolute');
  const segments = path.split('/');
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..')) {
    return refuse('has an empty, "." or ".." segment');
  }
  if (segments[0] !== 'sources' && segments[0] !== 'curation') {
    return refuse('is outside sources/ and curation/');
  }
  if (segments[0] === 'sources' && segments[1] !== undefined && !SEGMENT.test(segments[1])) {
    return refuse('names a work whose id is not lower-case words and hyphens');
  }
  const file = FILES.find(({ pattern }) => pattern.test(path));
  if (!file) {
    return refuse(
      'is not a curation file (people, places, lanes, a work, its reading rules or a page’s events); the source pages’ text is never written',
    );
  }
  return { path, kind: file.kind };
}

export function isRefusal(value: unknown): value is Refusal {
  return typeof value === 'object' && value !== null && 'status' in value && 'message' in value;
}
