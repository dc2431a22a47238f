// The corpus documents whose truth we know and that the transforms can rewrite: the seed
// renderings (html/seed-*.a.html, .b.html), the real saved pages (real/*-savedhtml.html), the
// seed texts (seeds/*.txt: tab text, "cell |" crawl text, Markdown) and the real crawler texts
// (real/*-crawltext.txt), each with the truth file its manifest names.

import { readFileSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { requireCorpus } from './paths';
import type { Source, SourceFormat, Truth } from './types';

interface ManifestDoc {
  id: string;
  path: string;
  format: string;
  kind: string;
  expect?: string;
  style?: string;
  truth: string | null;
  mutation?: unknown;
}

/** Styles the transforms read; PDFs and mutants are not sources. */
const STYLES: Record<string, SourceFormat> = { a: 'html', b: 'html', savedhtml: 'html', 'seed-text': 'text', crawltext: 'text' };

function readManifest(file: string): { base: string; docs: ManifestDoc[] } {
  const m = JSON.parse(readFileSync(file, 'utf8')) as { documents?: ManifestDoc[] };
  if (!Array.isArray(m.documents)) throw new Error(`variant harness: ${file} has no "documents" list`);
  return { base: dirname(file), docs: m.documents };
}

let cache: Source[] | null = null;

export function loadSources(): Source[] {
  if (cache) return cache;
  const corpus = requireCorpus();
  const out: Source[] = [];
  for (const manifest of ['MANIFEST.json', 'real/MANIFEST.json']) {
    const { base, docs } = readManifest(resolve(corpus, manifest));
    for (const d of docs) {
      const format = d.style ? STYLES[d.style] : undefined;
      if (!format || d.kind !== 'report' || !d.truth || d.mutation) continue;
      if (d.format !== format) continue;
      const path = resolve(base, d.path);
      const truth = JSON.parse(readFileSync(resolve(base, d.truth), 'utf8')) as Truth;
      out.push({
        id: d.id,
        format,
        style: d.style!,
        ext: extname(path).slice(1) || (format === 'html' ? 'html' : 'txt'),
        path,
        text: readFileSync(path, 'utf8'),
        truth,
      });
    }
  }
  if (!out.length) throw new Error('variant harness: no source documents found in the corpus manifests');
  cache = out;
  return out;
}
