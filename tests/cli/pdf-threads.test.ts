// A PDF's ruling lines read by a second thread (lib/node/graphics-client.ts, the built
// dist/graphics.mjs) must be exactly what this thread reads itself (localReader), bombs must be
// refused the same way, and a second thread that dies or answers out of shape must change
// nothing: the reader then reads for itself.

import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localReader, type DirectReader } from '../../lib/extract/pdf/direct';
import { PdfExtractError } from '../../lib/extract/pdf/errors';
import type { Matrix } from '../../lib/extract/pdf/geometry';
import { threadedReader } from '../../lib/node/graphics-client';
import { inflate } from '../../lib/node/inflate';
import { CORPUS, hasCorpus } from '../helpers/corpus';
import { flateBomb, formFanOut, manySegments, selfDrawingForm, type Hostile } from '../fuzz/hostile';
import { ROOT } from './helpers';

const BUILT = pathToFileURL(join(ROOT, 'dist/graphics.mjs'));
const FLIP: Matrix = [1, 0, 0, -1, 0, 842];

const real = (name: string): Hostile => ({ name, bytes: new Uint8Array(readFileSync(join(CORPUS, 'real', name))) });
const REAL = ['huaian-hongzequ-2023-govpdf.pdf', 'huaian-hongzequ-2024-govpdf.pdf', 'huaian-shi-2024-govpdf.pdf'];

/** Every page's graphics, or the error it gave (class and message). */
async function readAll(reader: DirectReader, prefetch: boolean): Promise<unknown[]> {
  const pages = (await reader.open()) ?? 0;
  if (prefetch) for (let i = 0; i < pages; i++) reader.prefetch(i, FLIP);
  const out: unknown[] = [pages];
  for (let i = 0; i < pages; i++) {
    out.push(await reader.graphics(i, FLIP).catch((e: Error) => ({ error: e.name, message: e.message })));
  }
  reader.close();
  return out;
}

const local = (h: Hostile) => readAll(localReader(h.bytes, inflate), false);

describe.skipIf(!hasCorpus)('ruling lines read by a second thread', () => {
  it.each(REAL)('%s: the same lines, pages prefetched or not', async (name) => {
    const h = real(name);
    const expected = await local(h);
    const threaded = threadedReader(h.bytes, BUILT);
    expect(await readAll(threaded, true)).toEqual(expected);
    expect(threaded.readsLocally()).toBe(false);
    expect(await readAll(threadedReader(h.bytes, BUILT), false)).toEqual(expected);
  });

  it.each([selfDrawingForm(), formFanOut(), manySegments(60_000)])('$name: the same lines or the same budget error', async (h) => {
    const threaded = threadedReader(h.bytes, BUILT);
    expect(await readAll(threaded, true)).toEqual(await local(h));
    expect(threaded.readsLocally()).toBe(false);
  });

  it('a Flate bomb is refused before pdf.js, as in one thread', async () => {
    const bomb = await flateBomb();
    const error = await threadedReader(bomb.bytes, BUILT)
      .open()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PdfExtractError);
    expect((error as PdfExtractError).code).toBe('too-complex');
    expect((error as PdfExtractError).message).toBe(
      ((await localReader(bomb.bytes, inflate)
        .open()
        .catch((e: unknown) => e)) as Error).message,
    );
  });

  describe('a second thread that fails', () => {
    let dir = '';
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'nianbao-threads-'));
      await writeFile(join(dir, 'dies.mjs'), 'process.exit(3);\n');
      await writeFile(join(dir, 'garbage.mjs'), "import { parentPort } from 'node:worker_threads';\nparentPort.postMessage({ type: 'opened', pages: 'many' });\n");
      await writeFile(join(dir, 'silent.mjs'), "import { parentPort } from 'node:worker_threads';\nparentPort.postMessage({ type: 'opened', pages: 5 });\nparentPort.on('message', () => process.exit(0));\n");
    });
    afterAll(() => rm(dir, { recursive: true, force: true }));

    it.each(['dies.mjs', 'garbage.mjs', 'silent.mjs'])('%s: this thread reads for itself, with the same result', async (script) => {
      const h = real('huaian-hongzequ-2024-govpdf.pdf');
      const threaded = threadedReader(h.bytes, pathToFileURL(join(dir, script)));
      expect(await readAll(threaded, true)).toEqual(await local(h));
      expect(threaded.readsLocally()).toBe(true);
    });
  });
});
