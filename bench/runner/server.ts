/**
 * A static file server for a built folder, so the pages load nothing from the network.
 * Text up to 20 MB goes gzipped to a browser that asks for it, as any web host or CDN
 * sends it (compressed once and kept); the larger datasets go as they are, to every
 * page alike, rather than the server spending seconds compressing them.
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg']);
const COMPRESS_UP_TO = 20e6;

export async function serveFolder(root: string): Promise<StaticServer> {
  const gzipped = new Map<string, { mtime: number; body: Buffer }>();
  const compressed = (file: string, mtime: number): Buffer => {
    const kept = gzipped.get(file);
    if (kept?.mtime === mtime) return kept.body;
    const body = gzipSync(readFileSync(file), { level: 6 });
    gzipped.set(file, { mtime, body });
    return body;
  };
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      const { size, mtimeMs } = statSync(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const gzip =
        COMPRESSIBLE.has(extname(file)) &&
        size <= COMPRESS_UP_TO &&
        /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
      if (gzip) {
        const body = compressed(file, mtimeMs);
        response.writeHead(200, {
          'content-type': type,
          'content-encoding': 'gzip',
          'content-length': body.length,
          'cache-control': 'no-store',
          vary: 'accept-encoding',
        });
        response.end(body);
        return;
      }
      response.writeHead(200, {
        'content-type': type,
        'content-length': size,
        'cache-control': 'no-store',
      });
      createReadStream(file).pipe(response);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
