// A local web server for the corpus. Chromium maps every *.gov.cn (and the test's other hosts)
// to it, Firefox reaches it through a PAC file, so pages load under their real-looking hosts and
// the content script's matches apply.
// /download?f=PATH serves a PDF as application/pdf under a URL without a .pdf name; /fixtures/…
// serves tests/fixtures; pages set with `page()` are served as HTML. Requests are counted by path.

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
  /** Serves `html` at `path` (on every host). */
  page: (path: string, html: string) => void;
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

export async function serveCorpus(root: string): Promise<CorpusServer> {
  const pages = new Map<string, string>();
  const counts = new Map<string, number>();
  const cookied = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    // Firefox's proxy sends absolute-form targets (GET http://host/path); both forms resolve here.
    const url = new URL(req.url ?? '/', 'http://localhost');
    for (const key of new Set([url.pathname, url.pathname + url.search])) {
      counts.set(key, (counts.get(key) ?? 0) + 1);
      if (req.headers.cookie) cookied.set(key, (cookied.get(key) ?? 0) + 1);
    }
    const html = pages.get(url.pathname);
    if (html !== undefined) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
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
    page: (path, html) => void pages.set(path, html),
    requests: (path) => counts.get(path) ?? 0,
    withCookies: (path) => cookied.get(path) ?? 0,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
