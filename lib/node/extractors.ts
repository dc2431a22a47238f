// The HTML and PDF extractors (lib/node/html.ts, lib/node/pdf.ts) are loaded only for those
// inputs, so a text audit never pays for jsdom or pdf.js. Until a module exists the input gets
// a clear "not supported yet" error.

import type { ExtractedDoc, SourceInfo } from '../model/document';
import { InputError } from './errors';

export type HtmlExtractor = (
  bytes: Uint8Array,
  source: SourceInfo,
  opts?: { charset?: string | null },
) => ExtractedDoc | Promise<ExtractedDoc>;
export type PdfExtractor = (bytes: Uint8Array, source: SourceInfo) => Promise<ExtractedDoc>;

const MODULES = {
  html: { file: './html.ts', fn: 'extractHtmlFile' },
  pdf: { file: './pdf.ts', fn: 'extractPdfBytes' },
} as const;

/** The module file itself is absent (not one of its own imports). */
function isMissing(e: unknown, name: string): boolean {
  const file = name.replace('.', '\\.');
  return new RegExp(`(Cannot find module|Failed to load url)[^\\n]*${file}`).test(String(e));
}

async function load(kind: keyof typeof MODULES, input: string): Promise<unknown> {
  const { file, fn } = MODULES[kind];
  let mod: Record<string, unknown>;
  try {
    mod = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
  } catch (e) {
    if (isMissing(e, file.slice(2))) throw new InputError('not-supported-yet', { input, kind: kind.toUpperCase() });
    throw e;
  }
  if (typeof mod[fn] !== 'function') throw new InputError('not-supported-yet', { input, kind: kind.toUpperCase() });
  return mod[fn];
}

export async function extractHtmlInput(
  bytes: Uint8Array,
  source: SourceInfo,
  charset: string | null,
): Promise<ExtractedDoc> {
  const extract = (await load('html', source.url ?? source.name)) as HtmlExtractor;
  return extract(bytes, source, { charset });
}

export async function extractPdfInput(bytes: Uint8Array, source: SourceInfo): Promise<ExtractedDoc> {
  const extract = (await load('pdf', source.url ?? source.name)) as PdfExtractor;
  return extract(bytes, source);
}
