// Generate every (source document × applicable transform) variant, and write them as files with
// their adjusted truth and a MANIFEST.json in the format of ../shared/corpus/real/MANIFEST.json,
// so the official scorer can score them:
//
//   npx tsx tests/variants/build.ts OUT [--filter RE]
//   node ../shared/tools/score.mjs --manifest OUT/MANIFEST.json \
//        --cmd 'npm run --silent audit -- --json {file}' --jobs 2

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSources } from './sources';
import { TRANSFORMS } from './transforms/index';
import type { Source, Transform, Variant } from './types';

export interface GenerateOptions {
  /** Keep variants whose id (`source~transform`) matches. */
  filter?: RegExp;
}

const applies = (t: Transform, format: string, style: string): boolean =>
  (t.format === 'any' || t.format === format) && (!t.styles || t.styles.includes(style));

function makeVariant(t: Transform, source: Source): Variant | null {
  let made;
  try {
    made = t.apply(source);
  } catch (e) {
    throw new Error(`transform ${t.id} failed on ${source.id}: ${(e as Error).stack ?? e}`);
  }
  if (!made) return null;
  if (made.text === source.text && t.id !== 'original') {
    throw new Error(`transform ${t.id} returned ${source.id} unchanged instead of null`);
  }
  const id = `${source.id}~${t.id}`;
  return { id, transform: t.id, source, file: `${id}.${source.ext}`, text: made.text, truth: made.truth };
}

/** Every variant: each source document × each transform that applies to it. */
export function generateVariants(opts: GenerateOptions = {}): Variant[] {
  const out: Variant[] = [];
  for (const source of loadSources()) {
    for (const t of TRANSFORMS) {
      if (!applies(t, source.format, source.style)) continue;
      if (opts.filter && !opts.filter.test(`${source.id}~${t.id}`)) continue;
      const v = makeVariant(t, source);
      if (v) out.push(v);
    }
  }
  return out;
}

/**
 * What a sample takes from each group of sources: one seed rendering (style a or b, alternating
 * with the transform's position), one real saved page (rotating the same way), and every text
 * variant (text documents audit in a few milliseconds). One page per group keeps the test near
 * 25 s with some 70 HTML transforms; `npm run variants` runs them all.
 */
const SAMPLE: readonly { styles: readonly string[]; take: number }[] = [
  { styles: ['a', 'b'], take: 1 },
  { styles: ['savedhtml'], take: 1 },
  { styles: ['seed-text'], take: Infinity },
  { styles: ['crawltext'], take: Infinity },
];

/**
 * A deterministic sample for the unit test (every variant takes about a minute to audit): each
 * transform on a few documents of each source group, the documents rotating with the
 * transform's position so that the sample spreads over all documents and both HTML styles.
 */
export function sampleVariants(opts: GenerateOptions = {}): Variant[] {
  const sources = loadSources();
  const out: Variant[] = [];
  TRANSFORMS.forEach((t, k) => {
    for (const { styles, take } of SAMPLE) {
      const pool = sources.filter(
        (s) => styles.includes(s.style) && applies(t, s.format, s.style) && (!opts.filter || opts.filter.test(`${s.id}~${t.id}`)),
      );
      let taken = 0;
      for (let j = 0; j < pool.length && taken < take; j++) {
        const v = makeVariant(t, pool[(k + j) % pool.length]!);
        if (v) {
          out.push(v);
          taken++;
        }
      }
    }
  });
  return out;
}

export interface ManifestEntry {
  id: string;
  path: string;
  format: 'html' | 'text';
  kind: 'report';
  expect: 'report';
  seed: null;
  style: string;
  truth: string;
  mutation: null;
  source: 'variant';
}

/** Write the variants into `dir` (emptied first): docs/, truth/, MANIFEST.json. */
export function writeVariants(dir: string, variants: Variant[]): string {
  const root = resolve(dir);
  rmSync(join(root, 'docs'), { recursive: true, force: true });
  rmSync(join(root, 'truth'), { recursive: true, force: true });
  mkdirSync(join(root, 'docs'), { recursive: true });
  mkdirSync(join(root, 'truth'), { recursive: true });
  const documents: ManifestEntry[] = [];
  for (const v of variants) {
    writeFileSync(join(root, 'docs', v.file), v.text);
    writeFileSync(join(root, 'truth', `${v.id}.json`), JSON.stringify(v.truth, null, 1) + '\n');
    documents.push({
      id: v.id,
      path: `docs/${v.file}`,
      format: v.source.format,
      kind: 'report',
      expect: 'report',
      seed: null,
      style: `${v.source.style}+${v.transform}`,
      truth: `truth/${v.id}.json`,
      mutation: null,
      source: 'variant',
    });
  }
  const manifest = { version: 1, set: 'variants', documents };
  const path = join(root, 'MANIFEST.json');
  writeFileSync(path, JSON.stringify(manifest, null, 1) + '\n');
  return path;
}

function main(argv: string[]): void {
  let out: string | undefined;
  let filter: RegExp | undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--filter') filter = new RegExp(argv[++i] ?? '');
    else if (!out) out = argv[i];
    else throw new Error(`unexpected argument ${argv[i]}`);
  }
  if (!out) {
    console.error('usage: npx tsx tests/variants/build.ts OUT_DIR [--filter RE]');
    process.exit(2);
  }
  const variants = generateVariants({ filter });
  const manifest = writeVariants(out, variants);
  console.log(`${variants.length} variants written; manifest ${manifest}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
