// FlateDecode with the Web Compression Streams API (browsers and Node 18+), and the PNG
// predictors of xref streams (ISO 32000 §7.4.4). Inflating stops at `maxBytes` of output (a
// 1.5 MB bomb expands to 1.5 GB): past it the stream is refused with BudgetExceeded.

import { BudgetExceeded } from '../budgets';

export type Inflate = (data: Uint8Array, maxBytes: number) => Uint8Array | Promise<Uint8Array>;

export const tooBig = (maxBytes: number) => new BudgetExceeded(`压缩数据解压后超过 ${Math.round(maxBytes / 1024 / 1024)} MB`);

export async function inflate(data: Uint8Array, maxBytes: number): Promise<Uint8Array> {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate'));
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel();
        throw tooBig(maxBytes);
      }
      chunks.push(value);
    }
  } catch (e) {
    if (e instanceof BudgetExceeded) throw e;
    // A damaged stream: keep what was inflated before the damage, as pdf.js does.
    if (chunks.length === 0) throw e;
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** Undo PNG row filters (predictor ≥ 10); TIFF predictor 2 is refused. */
export function unpredict(data: Uint8Array, predictor: number, columns: number, colors = 1, bits = 8): Uint8Array {
  if (predictor <= 1) return data;
  if (predictor < 10) throw new Error('unsupported predictor');
  const bpp = Math.max(1, Math.ceil((colors * bits) / 8));
  const rowLength = Math.ceil((columns * colors * bits) / 8);
  const rows = Math.floor(data.length / (rowLength + 1));
  const out = new Uint8Array(rows * rowLength);
  for (let r = 0; r < rows; r++) {
    const type = data[r * (rowLength + 1)]!;
    const src = r * (rowLength + 1) + 1;
    const dst = r * rowLength;
    for (let i = 0; i < rowLength; i++) {
      const raw = data[src + i]!;
      const left = i >= bpp ? out[dst + i - bpp]! : 0;
      const up = r > 0 ? out[dst - rowLength + i]! : 0;
      const upLeft = r > 0 && i >= bpp ? out[dst - rowLength + i - bpp]! : 0;
      let v: number;
      if (type === 0) v = raw;
      else if (type === 1) v = raw + left;
      else if (type === 2) v = raw + up;
      else if (type === 3) v = raw + ((left + up) >> 1);
      else if (type === 4) v = raw + paeth(left, up, upLeft);
      else throw new Error('bad PNG filter');
      out[dst + i] = v & 0xff;
    }
  }
  return out;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}
