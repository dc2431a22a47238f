// A minimal PDF writer for generated test files: numbered objects, optional Flate streams, a
// classic xref table (or none, for files whose cross-reference is an xref stream of their own).

import { deflateSync } from 'node:zlib';

export type Body = string | Uint8Array;

interface Obj {
  num: number;
  dict: string;
  stream?: Uint8Array;
}

const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);

export class PdfWriter {
  private readonly objects: Obj[] = [];

  /** Reserve an object number now, to fill it in later (forward references). */
  reserve(): number {
    const num = this.objects.length + 1;
    this.objects.push({ num, dict: 'null' });
    return num;
  }

  set(num: number, dict: string, stream?: Body, opts: { flate?: boolean; raw?: boolean } = {}): number {
    const obj = this.objects[num - 1]!;
    if (stream === undefined) {
      obj.dict = dict;
      return num;
    }
    let bytes = typeof stream === 'string' ? latin1(stream) : stream;
    let extra = '';
    if (opts.flate && !opts.raw) {
      bytes = deflateSync(bytes);
      extra = ' /Filter /FlateDecode';
    } else if (opts.raw) extra = ' /Filter /FlateDecode';
    obj.dict = `<< ${dict.replace(/^<<|>>$/g, '')}${extra} /Length ${bytes.length} >>`;
    obj.stream = bytes;
    return num;
  }

  add(dict: string, stream?: Body, opts?: { flate?: boolean; raw?: boolean }): number {
    return this.set(this.reserve(), dict, stream, opts);
  }

  /** The whole file; `trailer` is the trailer dictionary's body ("/Root 1 0 R …"). */
  build(trailer: string, { xref = true }: { xref?: boolean } = {}): Uint8Array {
    const parts: Uint8Array[] = [latin1('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')];
    let size = parts[0]!.length;
    const offsets: number[] = [];
    const push = (b: Uint8Array) => {
      parts.push(b);
      size += b.length;
    };
    for (const o of this.objects) {
      offsets.push(size);
      push(latin1(`${o.num} 0 obj\n${o.dict}\n`));
      if (o.stream) {
        push(latin1('stream\n'));
        push(o.stream);
        push(latin1('\nendstream\n'));
      }
      push(latin1('endobj\n'));
    }
    const xrefAt = size;
    if (xref) {
      let table = `xref\n0 ${this.objects.length + 1}\n0000000000 65535 f \n`;
      for (const off of offsets) table += `${String(off).padStart(10, '0')} 00000 n \n`;
      push(latin1(`${table}trailer\n<< /Size ${this.objects.length + 1} ${trailer} >>\n`));
      push(latin1(`startxref\n${xrefAt}\n%%EOF\n`));
    } else {
      // The last object is the xref stream: startxref points at it.
      push(latin1(`startxref\n${offsets[offsets.length - 1]}\n%%EOF\n`));
    }
    const out = new Uint8Array(size);
    let at = 0;
    for (const p of parts) {
      out.set(p, at);
      at += p.length;
    }
    return out;
  }
}

/** A one-page document around `content`, with Helvetica as /F1 and `resources` added. */
export function onePage(
  content: Body,
  { resources = '', flate = true, deflated = false, mediaBox = '0 0 595 842' } = {},
): {
  w: PdfWriter;
  finish: () => Uint8Array;
} {
  const w = new PdfWriter();
  const catalog = w.reserve();
  const pages = w.reserve();
  const page = w.reserve();
  const font = w.add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  // `deflated`: the content is already Flate-compressed.
  const contents = w.add('<< >>', content, { flate, raw: deflated });
  w.set(catalog, `<< /Type /Catalog /Pages ${pages} 0 R >>`);
  w.set(pages, `<< /Type /Pages /Kids [${page} 0 R] /Count 1 >>`);
  w.set(
    page,
    `<< /Type /Page /Parent ${pages} 0 R /MediaBox [${mediaBox}] /Contents ${contents} 0 R /Resources << /Font << /F1 ${font} 0 R >> ${resources} >> >>`,
  );
  return { w, finish: () => w.build(`/Root ${catalog} 0 R`) };
}

/** Text lines that look like table rows (several widely spaced values), so rulings are read. */
export function tabularText(rows = 6): string {
  let s = 'BT /F1 9 Tf\n';
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < 5; c++) s += `1 0 0 1 ${40 + c * 100} ${780 - r * 14} Tm (${r * 5 + c + 1}) Tj\n`;
  }
  return `${s}ET\n`;
}
