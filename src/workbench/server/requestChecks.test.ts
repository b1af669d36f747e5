import { describe, expect, it } from 'vitest';
import {
  checkCurationPath,
  checkDeclaredLength,
  checkHost,
  checkToken,
  checkWriteOrigin,
  isRefusal,
  MAX_BODY_BYTES,
  parseJsonBody,
} from './requestChecks';

describe('checkHost', () => {
  it('accepts the loopback address and localhost on the server’s own port', () => {
    expect(checkHost('127.0.0.1:5174', 5174)).toBeNull();
    expect(checkHost('localhost:5174', 5174)).toBeNull();
    expect(checkHost('LOCALHOST:5174', 5174)).toBeNull();
  });

  it('refuses another name pointed at 127.0.0.1, as a rebinding page would send', () => {
    const refusal = checkHost('attacker.example:5174', 5174);
    expect(refusal?.status).toBe(403);
    expect(refusal?.message).toMatch(/"attacker\.example:5174" is not this workbench/);
  });

  it('refuses the right name on another port and a missing Host', () => {
    expect(checkHost('127.0.0.1:80', 5174)?.status).toBe(403);
    expect(checkHost('127.0.0.1', 5174)?.status).toBe(403);
    expect(checkHost(undefined, 5174)).toEqual({
      status: 400,
      message: 'the request has no Host header',
    });
  });
});

describe('checkWriteOrigin', () => {
  it('accepts a write from a page of this server', () => {
    expect(checkWriteOrigin('http://127.0.0.1:5174', 'same-origin', 5174)).toBeNull();
    expect(checkWriteOrigin('http://localhost:5174', undefined, 5174)).toBeNull();
  });

  it('refuses a write from another site, naming it', () => {
    const refusal = checkWriteOrigin('https://evil.example', 'cross-site', 5174);
    expect(refusal?.status).toBe(403);
    expect(refusal?.message).toMatch(/from https:\/\/evil\.example is refused/);
  });

  it('refuses a write with no Origin, or one of another port or scheme', () => {
    expect(checkWriteOrigin(undefined, undefined, 5174)?.message).toMatch(/Origin header/);
    expect(checkWriteOrigin('http://127.0.0.1:5175', undefined, 5174)?.status).toBe(403);
    expect(checkWriteOrigin('https://127.0.0.1:5174', undefined, 5174)?.status).toBe(403);
    expect(checkWriteOrigin('null', undefined, 5174)?.status).toBe(403);
  });

  it('refuses a write the browser says is not same-origin even with a forged Origin', () => {
    expect(checkWriteOrigin('http://127.0.0.1:5174', 'same-site', 5174)?.message).toMatch(
      /"same-site" is refused/,
    );
  });
});

describe('checkToken', () => {
  it('accepts the server’s token and refuses another or none', () => {
    expect(checkToken('abc123', 'abc123')).toBeNull();
    expect(checkToken('abc124', 'abc123')?.message).toMatch(/restarted; reload the page/);
    expect(checkToken('abc', 'abc123')?.status).toBe(403);
    expect(checkToken(undefined, 'abc123')?.message).toMatch(/carries no workbench token/);
  });
});

describe('checkDeclaredLength', () => {
  it('refuses a declared body over the limit before reading it', () => {
    expect(checkDeclaredLength(String(MAX_BODY_BYTES))).toBeNull();
    expect(checkDeclaredLength(String(MAX_BODY_BYTES + 1))?.status).toBe(413);
    expect(checkDeclaredLength('12abc')?.status).toBe(400);
    expect(checkDeclaredLength(undefined)).toBeNull();
  });
});

describe('parseJsonBody', () => {
  it('parses JSON and says where malformed JSON stops', () => {
    expect(parseJsonBody('{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
    const bad = parseJsonBody('{"a": }');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.refusal.message).toMatch(/not valid JSON \(.+\); nothing was written/);
  });
});

describe('checkCurationPath', () => {
  it('knows each curation file and its part of the schema', () => {
    expect(checkCurationPath('curation/people.json')).toEqual({
      path: 'curation/people.json',
      kind: 'peopleFile',
    });
    expect(checkCurationPath('curation/places.json')).toMatchObject({ kind: 'placesFile' });
    expect(checkCurationPath('curation/lanes.json')).toMatchObject({ kind: 'lanesFile' });
    expect(checkCurationPath('sources/stormy-passage/work.json')).toMatchObject({
      kind: 'workFile',
    });
    expect(checkCurationPath('sources/stormy-passage/reading-rules.json')).toMatchObject({
      kind: 'readingRulesFile',
    });
    expect(checkCurationPath('sources/stormy-passage/pages/376.json')).toMatchObject({
      kind: 'pageFile',
    });
  });

  const refused: [string, unknown, RegExp][] = [
    ['a parent segment', 'sources/../package.json', /"\.\." segment/],
    ['a parent segment inside', 'curation/../../etc/passwd', /"\.\." segment/],
    ['a dot segment', 'curation/./people.json', /segment/],
    ['an absolute path', '/etc/passwd', /absolute/],
    ['a drive letter', 'C:/x.json', /absolute/],
    ['an encoded slash', 'sources%2F..%2Fpackage.json', /percent sign/],
    ['a doubly encoded slash', 'sources/%252e%252e/x.json', /percent sign/],
    ['a backslash', 'sources\\..\\package.json', /backslash/],
    ['a NUL', 'curation/people.json\u0000.txt', /control character/],
    ['a file outside both folders', 'package.json', /outside sources\/ and curation\//],
    ['a source page’s text', 'sources/stormy-passage/pages/376.txt', /never written/],
    ['an unknown curation file', 'curation/secrets.json', /not a curation file/],
    ['a work id with capitals', 'sources/Stormy/work.json', /lower-case/],
    ['page zero', 'sources/stormy-passage/pages/0.json', /not a curation file/],
    ['not a string', 42, /not a file path/],
    ['an empty path', '', /not a file path/],
    ['a trailing slash', 'curation/', /empty/],
  ];
  it.each(refused)('refuses %s', (_name, path, message) => {
    const result = checkCurationPath(path);
    expect(isRefusal(result)).toBe(true);
    if (isRefusal(result)) {
      expect(result.status).toBe(403);
      expect(result.message).toMatch(message);
      expect(result.message).toMatch(/nothing was read or written$/);
    }
  });
});
