// The direct content-stream reader on small hand-made PDFs: xref tables, Flate streams, object
// and xref streams, form XObjects, inline images, and the ToUnicode maps of vertical fonts.

import { describe, expect, it } from 'vitest';
import { parseToUnicode } from '../../lib/extract/pdf/raw/fonts';
import { Lexer } from '../../lib/extract/pdf/raw/lexer';
import { contentGraphics } from '../../lib/extract/pdf/raw/content';
import { RawPdf } from '../../lib/extract/pdf/raw/objects';

const enc = new TextEncoder();
const FLIP: [number, number, number, number, number, number] = [1, 0, 0, -1, 0, 400];

async function deflate(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function concat(parts: (string | Uint8Array)[]): Uint8Array {
  const bytes = parts.map((p) => (typeof p === 'string' ? enc.encode(p) : p));
  const out = new Uint8Array(bytes.reduce((n, b) => n + b.length, 0));
  let at = 0;
  for (const b of bytes) {
    out.set(b, at);
    at += b.length;
  }
  return out;
}

/** A PDF with a classic xref table; objects given as their bodies, numbered from 1. */
function classicPdf(objects: (string | Uint8Array)[][]): Uint8Array {
  const parts: (string | Uint8Array)[] = ['%PDF-1.4\n'];
  const offsets: number[] = [];
  let size = 9;
  objects.forEach((body, i) => {
    offsets.push(size);
    const chunk = concat([`${i + 1} 0 obj\n`, ...body, '\nendobj\n']);
    parts.push(chunk);
    size += chunk.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)];
  parts.push(...xref, `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${size}\n%%EOF\n`);
  return concat(parts);
}

function stream(dict: string, data: Uint8Array | string): (string | Uint8Array)[] {
  const bytes = typeof data === 'string' ? enc.encode(data) : data;
  return [`<< ${dict} /Length ${bytes.length} >>\nstream\n`, bytes, '\nendstream'];
}

const CONTENT =
  'q 2 0 0 2 10 10 cm 0 0 m 100 0 l S Q\n' + // a stroked line through a transform
  'BI /W 4 /H 1 /BPC 8 /CS /G ID \x00Q\x01 re EI\n' + // an inline image whose data looks like operators
  '0 0 300 300 re f\n' + // a filled page-size box: shading, not a line
  '5 50 200 0.5 re f\n' + // a thin filled rectangle: a line
  '0 0 10 10 re W n\n' + // a clip: never painted
  '/Fm1 Do\n' + // a form XObject moved by its matrix
  '(a \\) string) Tj [(x) -20 (y)] TJ';

describe('direct reader', () => {
  it('reads rulings from an uncompressed page with a form XObject', async () => {
    const pdf = classicPdf([
      ['<< /Type /Catalog /Pages 2 0 R >>'],
      ['<< /Type /Pages /Kids [3 0 R] /Count 1 /Resources << /XObject << /Fm1 5 0 R >> >> >>'],
      ['<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 400] /Contents 4 0 R >>'],
      stream('', CONTENT),
      stream('/Type /XObject /Subtype /Form /BBox [0 0 100 100] /Matrix [1 0 0 1 100 100]', '0 0 m 0 50 l S'),
    ]);
    const raw = new RawPdf(pdf);
    await raw.open();
    expect(await raw.pages()).toHaveLength(1);
    const { segments } = await contentGraphics(raw, 0, FLIP);
    expect(segments).toEqual([
      { horizontal: true, at: 390, from: 10, to: 210 },
      { horizontal: true, at: 349.75, from: 5, to: 205 },
      { horizontal: false, at: 100, from: 250, to: 300 },
    ]);
  });

  it('reads Flate streams, object streams and an xref stream', async () => {
    const content = await deflate(enc.encode('10 10 m 10 90 l S'));
    const catalog = '<< /Type /Catalog /Pages 4 0 R >> ';
    const objstm = `3 0 4 ${catalog.length} ${catalog}<< /Type /Pages /Kids [5 0 R] /Count 1 >>`;
    const first = objstm.indexOf('<<');
    const page = '<< /Type /Page /Parent 4 0 R /MediaBox [0 0 300 400] /Contents 6 0 R >>';
    const head = '%PDF-1.5\n';
    const o1 = concat(['1 0 obj\n', ...stream(`/Type /ObjStm /N 2 /First ${first}`, objstm), '\nendobj\n']);
    const o5 = enc.encode(`5 0 obj\n${page}\nendobj\n`);
    const o6 = concat(['6 0 obj\n', ...stream('/Filter /FlateDecode', content), '\nendobj\n']);
    const off1 = head.length;
    const off5 = off1 + o1.length;
    const off6 = off5 + o5.length;
    const off7 = off6 + o6.length;
    // Rows of /W [1 2 1]: type, offset or object stream, generation or index; PNG "Up" predictor.
    const rows = [
      [0, 0, 0, 0],
      [1, off1 >> 8, off1 & 255, 0],
      [0, 0, 0, 0],
      [2, 0, 1, 0],
      [2, 0, 1, 1],
      [1, off5 >> 8, off5 & 255, 0],
      [1, off6 >> 8, off6 & 255, 0],
      [1, off7 >> 8, off7 & 255, 0],
    ];
    const filtered: number[] = [];
    rows.forEach((row, r) => filtered.push(2, ...row.map((v, i) => (v - (r ? rows[r - 1]![i]! : 0)) & 255)));
    const xref = await deflate(Uint8Array.from(filtered));
    const o7 = concat([
      '7 0 obj\n',
      ...stream('/Type /XRef /Size 8 /W [1 2 1] /Root 3 0 R /Filter /FlateDecode /DecodeParms << /Predictor 12 /Columns 4 >>', xref),
      '\nendobj\n',
    ]);
    const pdf = concat([head, o1, o5, o6, o7, `startxref\n${off7}\n%%EOF\n`]);
    const raw = new RawPdf(pdf);
    await raw.open();
    const { segments } = await contentGraphics(raw, 0, FLIP);
    expect(segments).toEqual([{ horizontal: false, at: 10, from: 310, to: 390 }]);
  });

  it('refuses an encrypted file', async () => {
    const pdf = classicPdf([['<< /Type /Catalog /Pages 2 0 R >>'], ['<< /Type /Pages /Kids [] /Count 0 >>']]);
    const text = new TextDecoder('latin1').decode(pdf).replace('/Root 1 0 R', '/Root 1 0 R /Encrypt 2 0 R');
    await expect(new RawPdf(Uint8Array.from(text, (c) => c.charCodeAt(0))).open()).rejects.toThrow('encrypted');
  });

  it('decodes string escapes and ToUnicode maps', () => {
    const lx = new Lexer(enc.encode('(a\\)\\101\\n) <4E0A 41>'));
    const a = lx.next();
    const b = lx.next();
    expect(a.t === 'str' && [...lx.stringBytes(a)]).toEqual([97, 41, 65, 10]);
    expect(b.t === 'str' && [...lx.stringBytes(b)]).toEqual([0x4e, 0x0a, 0x41]);
    const map = parseToUnicode('2 beginbfchar <0439> <4E09> <0001> <3001> endbfchar 1 beginbfrange <0010> <0012> <5E74> endbfrange');
    expect([map.get(0x439), map.get(1), map.get(0x10), map.get(0x12)]).toEqual(['三', '、', '年', '并']);
  });
});
