// Hostile inputs made on the spot (never committed as binaries): each one once hung the checker
// or blew its memory (issue 9). Every builder returns the file's bytes and its file name.

import { createDeflate, constants } from 'node:zlib';
import { onePage, PdfWriter, tabularText } from './pdf-writer';

export interface Hostile {
  name: string;
  bytes: Uint8Array;
}

/** A form XObject that draws itself ten times (a cycle through its own resources). */
export function selfDrawingForm(): Hostile {
  const { w, finish } = onePage(`${tabularText()}q /Fm Do Q\n`, { resources: '/XObject << /Fm 7 0 R >>' });
  // Objects 1–5 are taken by onePage; 6 is a spacer so the form is number 7.
  w.add('<< >>');
  w.add('<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /XObject << /Fm 7 0 R >> >> >>', '0 0 m 100 0 l S\n' + 'q /Fm Do Q\n'.repeat(10));
  return { name: 'form-cycle.pdf', bytes: finish() };
}

/** Acyclic but exponential: eight levels of forms, each drawing the next one ten times (10⁸). */
export function formFanOut(levels = 8): Hostile {
  const w = new PdfWriter();
  const catalog = w.reserve();
  const pages = w.reserve();
  const page = w.reserve();
  const font = w.add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  const forms = Array.from({ length: levels }, () => w.reserve());
  forms.forEach((num, k) => {
    const next = forms[k + 1];
    const body = next ? 'q /N Do Q\n'.repeat(10) : '1 w 0 g\n';
    w.set(num, `<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] ${next ? `/Resources << /XObject << /N ${next} 0 R >> >>` : ''} >>`, body, { flate: true });
  });
  const contents = w.add('<< >>', `${tabularText()}q /N Do Q\n`, { flate: true });
  w.set(catalog, `<< /Type /Catalog /Pages ${pages} 0 R >>`);
  w.set(pages, `<< /Type /Pages /Kids [${page} 0 R] /Count 1 >>`);
  w.set(page, `<< /Type /Page /Parent ${pages} 0 R /MediaBox [0 0 595 842] /Contents ${contents} 0 R /Resources << /Font << /F1 ${font} 0 R >> /XObject << /N ${forms[0]} 0 R >> >> >>`);
  return { name: 'form-fanout.pdf', bytes: w.build(`/Root ${catalog} 0 R`) };
}

/** A page with `count` short ruling segments scattered over it (pairwise grouping is quadratic). */
export function manySegments(count = 500_000): Hostile {
  const parts: string[] = [tabularText()];
  let seed = 1;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let i = 0; i < count; i++) {
    const x = (rnd() * 580).toFixed(1);
    const y = (rnd() * 830).toFixed(1);
    parts.push(i % 2 ? `${x} ${y} m ${x} ${(+y + 5).toFixed(1)} l S\n` : `${x} ${y} m ${(+x + 5).toFixed(1)} ${y} l S\n`);
  }
  return { name: 'many-segments.pdf', bytes: onePage(parts.join('')).finish() };
}

/** A ruled grid of n × n cells (2.25 M cells at 1500). */
export function hugeGrid(n = 1500): Hostile {
  const step = 4;
  const size = n * step;
  const parts: string[] = [tabularText(), '0.1 w\n'];
  for (let i = 0; i <= n; i++) {
    const p = (20 + i * step).toFixed(3);
    parts.push(`20 ${p} m ${20 + size} ${p} l S\n${p} 20 m ${p} ${20 + size} l S\n`);
  }
  return { name: `grid-${n}.pdf`, bytes: onePage(parts.join(''), { mediaBox: `0 0 ${size + 40} ${size + 40}` }).finish() };
}

/** The file's only cross-reference is an xref stream with /W [0 0 0] and a huge /Size. */
export function zeroWidthXref(): Hostile {
  const w = new PdfWriter();
  const catalog = w.reserve();
  const pages = w.reserve();
  const page = w.reserve();
  const contents = w.add('<< >>', 'BT /F1 12 Tf 72 720 Td (hello) Tj ET\n');
  const font = w.add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  w.set(catalog, `<< /Type /Catalog /Pages ${pages} 0 R >>`);
  w.set(pages, `<< /Type /Pages /Kids [${page} 0 R] /Count 1 >>`);
  w.set(page, `<< /Type /Page /Parent ${pages} 0 R /MediaBox [0 0 595 842] /Contents ${contents} 0 R /Resources << /Font << /F1 ${font} 0 R >> >> >>`);
  w.add(`<< /Type /XRef /W [0 0 0] /Size 2147483647 /Root ${catalog} 0 R >>`, new Uint8Array(16));
  return { name: 'xref-zero-width.pdf', bytes: w.build('', { xref: false }) };
}

/** Deflate `total` zero bytes in chunks (never holding them all), for bombs. */
export async function deflatedZeros(total: number, prefix = ''): Promise<Uint8Array> {
  const z = createDeflate({ level: constants.Z_BEST_COMPRESSION, memLevel: 9 });
  const out: Buffer[] = [];
  z.on('data', (d: Buffer) => out.push(d));
  const done = new Promise<void>((r) => z.on('end', r));
  if (prefix) z.write(Buffer.from(prefix, 'latin1'));
  const chunk = Buffer.alloc(1 << 20, 0x20);
  for (let left = total; left > 0; left -= chunk.length) {
    const part = left >= chunk.length ? chunk : chunk.subarray(0, left);
    if (!z.write(part)) await new Promise((r) => z.once('drain', r));
  }
  z.end();
  await done;
  return new Uint8Array(Buffer.concat(out));
}

/** A content stream that inflates to `total` bytes of spaces (about 1.5 MB per 1.5 GB). */
export async function flateBomb(total = 1536 * 1024 * 1024): Promise<Hostile> {
  const stream = await deflatedZeros(total, tabularText());
  return { name: 'flate-bomb.pdf', bytes: onePage(stream, { deflated: true }).finish() };
}

/** HTML elements nested `depth` deep (a browser caps the tree at 512; jsdom's parse is quadratic). */
export function deepHtml(depth = 100_000): Hostile {
  const html = `<!doctype html><html><head><title>2023年政府信息公开工作年度报告</title></head><body>${'<div>'.repeat(depth)}本年新收${'</div>'.repeat(depth)}</body></html>`;
  return { name: 'deep.html', bytes: new TextEncoder().encode(html) };
}

/** A wide page: `count` sibling elements (large but flat). */
export function wideHtml(count = 400_000): Hostile {
  const html = `<!doctype html><html><body>${'<p>一</p>'.repeat(count)}</body></html>`;
  return { name: 'wide.html', bytes: new TextEncoder().encode(html) };
}

/** A 19 MB HTML page of table rows: slow and memory-hungry to parse, under the 20 MB input cap. */
export function hugeHtml(): Hostile {
  const row = '<tr><td>本年新收政府信息公开申请数量</td><td>1</td><td>2</td><td>3</td></tr>';
  const rows = Math.floor((19 * 1024 * 1024) / new TextEncoder().encode(row).length);
  const html = `<!doctype html><html><body><table>${row.repeat(rows)}</table></body></html>`;
  return { name: 'huge.html', bytes: new TextEncoder().encode(html) };
}
