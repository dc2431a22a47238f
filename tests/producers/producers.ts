// Word-like PDF producers: the corpus HTML documents whose truth we know, rebuilt as DOCX in
// several layouts and printed to PDF by LibreOffice, plus LibreOffice's own HTML import (which
// drops table borders). The HTML is read by the checker's HTML extractor (corpus-verified), so a
// PDF that reads differently from its truth points at the PDF path.

import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDocument } from '../../lib/node/load';
import { loadSources } from '../variants/sources';
import type { Source } from '../variants/types';
import { convertToPdf } from './convert';
import { buildDocx, type LayoutOptions } from './docx';

/** A CJK TrueType font installed with fonts-wqy-zenhei (a Song/Fang-song stand-in). */
export const CJK_FONT = 'WenQuanYi Zen Hei';

export interface Producer {
  id: string;
  description: string;
  /** DOCX layout; absent: the HTML file itself is converted. */
  layout?: LayoutOptions;
}

export const PRODUCERS: Producer[] = [
  { id: 'lo-default', description: 'DOCX, no fonts named (LibreOffice picks its CJK fallback)', layout: {} },
  { id: 'lo-cjk', description: `DOCX in ${CJK_FONT}, Word's A4 margins`, layout: { font: CJK_FONT } },
  { id: 'lo-break-repeat', description: 'tall rows: tables over a page break, header rows repeated', layout: { font: CJK_FONT, tallRows: 30, repeatHeader: true } },
  { id: 'lo-break', description: 'tall rows: tables over a page break, no repeated header', layout: { font: CJK_FONT, tallRows: 30 } },
  { id: 'lo-vertical-tbrl', description: 'group labels (tall merged cells) in vertical text tbRl', layout: { font: CJK_FONT, verticalLabels: 'tbRl' } },
  { id: 'lo-vertical-btlr', description: 'group labels (tall merged cells) rotated btLr', layout: { font: CJK_FONT, verticalLabels: 'btLr' } },
  { id: 'lo-narrow', description: 'narrow margins (1.27 cm)', layout: { font: CJK_FONT, margin: 1.27 } },
  { id: 'lo-landscape', description: 'the largest table on a landscape page', layout: { font: CJK_FONT, landscapeLargest: true } },
  { id: 'lo-html', description: 'the HTML page opened in LibreOffice Writer (table borders lost)' },
];

export interface Made {
  source: Source;
  producer: Producer;
  /** The PDF, or null when LibreOffice wrote none. */
  pdf: string | null;
}

/** The corpus HTML documents (seed renderings a/b, real saved pages). */
export function htmlSources(filter?: RegExp): Source[] {
  return loadSources().filter((s) => s.format === 'html' && (!filter || filter.test(s.id)));
}

const safe = (id: string) => id.replace(/[^A-Za-z0-9_.-]+/g, '_');

/** Every (source × producer). */
export function cross(sources: Source[], producers: Producer[]): { source: Source; producer: Producer }[] {
  return producers.flatMap((producer) => sources.map((source) => ({ source, producer })));
}

/**
 * Build and convert each job into `dir`: the DOCX files in one LibreOffice run, the HTML files in
 * another (HTML needs its own import filter). Files are named `<producer>--<document>`.
 */
export async function makePdfs(jobs: { source: Source; producer: Producer }[], dir: string): Promise<Made[]> {
  mkdirSync(dir, { recursive: true });
  const docs = new Map<string, Awaited<ReturnType<typeof loadDocument>>>();
  const inputs: string[] = [];
  for (const { source, producer } of jobs) {
    const base = join(dir, `${producer.id}--${safe(source.id)}`);
    if (producer.layout) {
      let doc = docs.get(source.id);
      if (!doc) docs.set(source.id, (doc = await loadDocument(source.path)));
      writeFileSync(`${base}.docx`, await buildDocx(doc.blocks, { ...producer.layout, title: doc.metaTitle }));
      inputs.push(`${base}.docx`);
    } else {
      copyFileSync(source.path, `${base}.html`);
      inputs.push(`${base}.html`);
    }
  }
  const pdfs = new Map<string, string | null>();
  for (const group of [inputs.filter((f) => f.endsWith('.docx')), inputs.filter((f) => f.endsWith('.html'))]) {
    convertToPdf(group, dir).forEach((pdf, i) => pdfs.set(group[i]!, pdf));
  }
  return jobs.map((job, i) => ({ ...job, pdf: pdfs.get(inputs[i]!) ?? null }));
}
