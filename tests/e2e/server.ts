// A local web server for the corpus. Chromium maps every *.gov.cn (and the test's other hosts)
// to it, so pages load under their real-looking hosts and the content script's matches apply.
// /download?f=PATH serves a PDF as application/pdf under a URL without a .pdf name.

import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
};

export interface CorpusServer {
  port: number;
  close: () => Promise<void>;
}

function safePath(root: string, rel: string): string | null {
  const path = normalize(join(root, decodeURIComponent(rel)));
  return path.startsWith(root) && existsSync(path) && statSync(path).isFile() ? path : null;
}

export async function serveCorpus(root: string): Promise<CorpusServer> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const download = url.pathname === '/download';
    const path = safePath(root, download ? (url.searchParams.get('f') ?? '') : url.pathname);
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
  return { port, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
