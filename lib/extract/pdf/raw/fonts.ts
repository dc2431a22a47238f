// Vertical (Identity-V) CID fonts, for placing their glyphs without pdf.js: two-byte codes, the
// ToUnicode map, and the vertical metrics (/DW2, /W2) and widths (/DW, /W) of the CIDFont.

import { latin1 } from './lexer';
import { isDict, isStream, nameOf, type Dict, type RawPdf, type Value } from './objects';

export interface VerticalFont {
  toUnicode: Map<number, string>;
  /** Default vertical metrics [vy, w1y] (/DW2). */
  dw2: [number, number];
  /** Per-code [w1y, vx, vy] (/W2). */
  w2: Map<number, [number, number, number]>;
  dw: number;
  widths: Map<number, number>;
}

/** The font's vertical metrics and Unicode map, or null when it is not an Identity-V font. */
export async function verticalFont(pdf: RawPdf, font: Value): Promise<VerticalFont | null> {
  const dict = await pdf.get(font);
  if (!isDict(dict) || nameOf(dict.get('Encoding') ?? null) !== 'Identity-V') return null;
  const stream = await pdf.get(dict.get('ToUnicode') ?? null);
  if (!isStream(stream)) throw new Error('vertical font without ToUnicode');
  const bytes = await pdf.decode(stream);
  const toUnicode = parseToUnicode(latin1(bytes, 0, bytes.length));
  const kids = await pdf.get(dict.get('DescendantFonts') ?? null);
  const cid = Array.isArray(kids) ? await pdf.get(kids[0] ?? null) : null;
  const info: VerticalFont = { toUnicode, dw2: [880, -1000], w2: new Map(), dw: 1000, widths: new Map() };
  if (!isDict(cid)) return info;
  const dw2 = await numbers(pdf, cid.get('DW2'));
  if (dw2.length >= 2) info.dw2 = [dw2[0]!, dw2[1]!];
  const dw = await pdf.get(cid.get('DW') ?? null);
  if (typeof dw === 'number') info.dw = dw;
  await readRanges(pdf, cid, 'W2', 3, (code, v) => info.w2.set(code, [v[0]!, v[1]!, v[2]!]));
  await readRanges(pdf, cid, 'W', 1, (code, v) => info.widths.set(code, v[0]!));
  return info;
}

async function numbers(pdf: RawPdf, v: Value | undefined): Promise<number[]> {
  const arr = await pdf.get(v ?? null);
  if (!Array.isArray(arr)) return [];
  const out: number[] = [];
  for (const x of arr) {
    const n = await pdf.get(x);
    out.push(typeof n === 'number' ? n : 0);
  }
  return out;
}

/** /W and /W2 arrays: "c [v v v …]" or "cFirst cLast v…", `size` numbers per code. */
async function readRanges(pdf: RawPdf, cid: Dict, key: string, size: number, set: (code: number, v: number[]) => void) {
  const arr = await pdf.get(cid.get(key) ?? null);
  if (!Array.isArray(arr)) return;
  for (let i = 0; i < arr.length; ) {
    const first = await pdf.get(arr[i]!);
    const second = await pdf.get(arr[i + 1] ?? null);
    if (typeof first !== 'number') return;
    if (Array.isArray(second)) {
      const list = await numbers(pdf, second);
      for (let k = 0; k + size <= list.length; k += size) set(first + k / size, list.slice(k, k + size));
      i += 2;
    } else if (typeof second === 'number') {
      const v = await numbers(pdf, arr.slice(i + 2, i + 2 + size));
      for (let code = first; code <= second && code - first < 65536; code++) set(code, v);
      i += 2 + size;
    } else return;
  }
}

/** bfchar and bfrange entries of a ToUnicode CMap. */
export function parseToUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const [, body] of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, src, dst] of body!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]*)>/g)) map.set(parseInt(src!, 16), utf16(dst!));
  }
  for (const [, body] of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, lo, hi, dst, list] of body!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(?:<([0-9a-fA-F]*)>|\[([^\]]*)\])/g)) {
      const a = parseInt(lo!, 16);
      const b = Math.min(parseInt(hi!, 16), a + 65535);
      if (list !== undefined) {
        const items = [...list.matchAll(/<([0-9a-fA-F]*)>/g)].map((m) => utf16(m[1]!));
        items.forEach((s, k) => a + k <= b && map.set(a + k, s));
      } else {
        const base = utf16(dst!);
        for (let code = a; code <= b; code++) {
          const last = base.charCodeAt(base.length - 1) + (code - a);
          map.set(code, base.slice(0, -1) + String.fromCharCode(last));
        }
      }
    }
  }
  return map;
}

function utf16(hex: string): string {
  let s = '';
  for (let i = 0; i + 3 < hex.length; i += 4) s += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
  if (hex.length === 2) s = String.fromCharCode(parseInt(hex, 16));
  return s;
}
