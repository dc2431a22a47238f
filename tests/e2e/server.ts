// A local web server for the corpus. Chromium maps every *.gov.cn (and the test's other hosts)
// to it, Firefox reaches it through a PAC file, so pages load under their real-looking hosts and
// the content script's matches apply.
// /download?f=PATH serves a PDF as application/pdf under a URL without a .pdf name; /fixtures/…
// serves tests/fixtures; pages set with `page()` are served as HTML (or the type given).
// /v/PATH serves a corpus file slowly with an ETag and Last-Modified, answering a matching
// conditional request with 304, and keeps the most requests in flight at once per host.
// Requests are counted by path.

import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.doc': 'application/msword',
};

const FIXTURES = resolve('tests/fixtures');

export interface CorpusServer {
  port: number;
  /** Serves `html` at `path` (on every host), as text/html unless another type is given. */
  page: (path: string, html: string, contentType?: string) => void;
  /** /v/ requests answered 304 so far, by path. */
  notModified: (path: string) => number;
  /** The most /v/ requests to `host` that were in flight at once. */
  maxInFlight: (host: string) => number;
  /** How many requests asked for `path` (a path, or a path with its query) so far. */
  requests: (path: string) => number;
  /** How many of those carried a Cookie header. */
  withCookies: (path: string) => number;
  close: () => Promise<void>;
}

function safePath(root: string, rel: string): string | null {
  const path = normalize(join(root, decodeURIComponent(rel)));
  return path.startsWith(root) && existsSync(path) && statSync(path).isFile() ? path : null;
}

/** How long a /v/ response takes, so that requests overlap when they are not held back. */
const VALIDATED_DELAY_MS = 250;

export async function serveCorpus(root: string): Promise<CorpusServer> {
  const pages = new Map<string, { body: string; type: string }>();
  const unchanged = new Map<string, number>();
  const inFlight = new Map<string, number>();
  const most = new Map<string, number>();
  const counts = new Map<string, number>();
  const cookied = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    // Firefox's proxy sends absolute-form targets (GET http://host/path); both forms resolve here.
    const url = new URL(req.url ?? '/', 'http://localhost');
    for (const key of new Set([url.pathname, url.pathname + url.search])) {
      counts.set(key, (counts.get(key) ?? 0) + 1);
      if (req.headers.cookie) cookied.set(key, (cookied.get(key) ?? 0) + 1);
    }
    const set = pages.get(url.pathname);
    if (set !== undefined) {
      res.writeHead(200, { 'content-type': set.type }).end(set.body);
      return;
    }
    if (url.pathname.startsWith('/v/')) {
      const path = safePath(root, url.pathname.slice('/v/'.length));
      const host = (req.headers.host ?? url.host).toLowerCase();
      if (!path) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      const now = (inFlight.get(host) ?? 0) + 1;
      inFlight.set(host, now);
      most.set(host, Math.max(most.get(host) ?? 0, now));
      const st = statSync(path);
      const etag = `"${st.size.toString(16)}-${Math.floor(st.mtimeMs).toString(16)}"`;
      res.on('close', () => inFlight.set(host, (inFlight.get(host) ?? 1) - 1));
      setTimeout(() => {
        const validators = { etag, 'last-modified': st.mtime.toUTCString() };
        if (req.headers['if-none-match'] === etag) {
          unchanged.set(url.pathname, (unchanged.get(url.pathname) ?? 0) + 1);
          return void res.writeHead(304, validators).end();
        }
        res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', ...validators });
        createReadStream(path).pipe(res);
      }, VALIDATED_DELAY_MS);
      return;
    }
    const download = url.pathname === '/download';
    const fixture = url.pathname.startsWith('/fixtures/');
    const path = fixture
      ? safePath(FIXTURES, url.pathname.slice('/fixtures/'.length))
      : safePath(root, download ? (url.searchParams.get('f') ?? '') : url.pathname);
    if (!path) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      ...(download && { 'content-disposition': 'inline' }),
    });
    createReadStream(path).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    page: (path, body, type = 'text/html; charset=utf-8') => void pages.set(path, { body, type }),
    notModified: (path) => unchanged.get(path) ?? 0,
    maxInFlight: (host) => most.get(host.toLowerCase()) ?? 0,
    requests: (path) => counts.get(path) ?? 0,
    withCookies: (path) => cookied.get(path) ?? 0,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
