#!/usr/bin/env node
// The baseline of `npm run bench`: a bare pdf.js text read of every page of one PDF (the legacy
// build, as the checker loads it, with the package's CMaps), printing the number of characters.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';

const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const task = pdfjs.getDocument({
  data: new Uint8Array(readFileSync(process.argv[2])),
  cMapUrl: join(root, 'cmaps') + sep,
  cMapPacked: true,
  standardFontDataUrl: join(root, 'standard_fonts') + sep,
  verbosity: 0,
});
const doc = await task.promise;
let chars = 0;
for (let n = 1; n <= doc.numPages; n++) {
  const page = await doc.getPage(n);
  for (const item of (await page.getTextContent()).items) chars += 'str' in item ? item.str.length : 0;
  page.cleanup();
}
await task.destroy();
console.log(chars);
