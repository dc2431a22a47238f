// Just enough of the PDF file structure to reach page content streams: cross-reference tables
// and streams (with /Prev chains), object streams, Flate streams, the page tree. Anything else
// (encryption, other filters, a broken xref) throws, and the caller uses pdf.js instead.
// Bounded: cross-reference sizes are checked against the file, and every stream inflates to at
// most MAX_STREAM_BYTES, all of them together to MAX_DOCUMENT_INFLATE (BudgetExceeded past it).

import { BudgetExceeded, MAX_DOCUMENT_INFLATE, MAX_STREAM_BYTES } from '../budgets';
import { inflate as inflateStream, unpredict, type Inflate } from './inflate';
import { latin1, Lexer } from './lexer';

/** Deflate's largest expansion: a 258-byte match coded in two bits, 1032 bytes per input byte. */
const MAX_FLATE_RATIO = 1032;

export class Name {
  constructor(readonly name: string) {}
}
export class Ref {
  constructor(
    readonly num: number,
    readonly gen: number,
  ) {}
}
export type Dict = Map<string, Value>;
export interface Stream {
  dict: Dict;
  start: number;
  length: number;
}
export type Value = number | boolean | null | string | Uint8Array | Name | Ref | Value[] | Dict | Stream;

type Entry = { offset: number } | { stream: number; index: number };

export const isDict = (v: Value): v is Dict => v instanceof Map;
export const isStream = (v: Value): v is Stream => typeof v === 'object' && v !== null && !(v instanceof Uint8Array) && 'start' in v && 'dict' in v;
export const nameOf = (v: Value): string | null => (v instanceof Name ? v.name : null);

export class RawPdf {
  private readonly entries = new Map<number, Entry>();
  private readonly cache = new Map<number, Value>();
  /** Decoded object streams: their data and each object's offset. */
  private readonly objectStreams = new Map<number, { data: Uint8Array; first: number; nums: number[]; offsets: number[] }>();
  private trailer: Dict = new Map();
  /** Bytes inflated so far, against MAX_DOCUMENT_INFLATE. */
  private inflated = 0;
  private pageList: { dict: Dict; resources: Value }[] | null = null;

  constructor(
    readonly bytes: Uint8Array,
    private readonly inflate: Inflate = inflateStream,
  ) {}

  async open(): Promise<void> {
    const tail = latin1(this.bytes, Math.max(0, this.bytes.length - 1024), this.bytes.length);
    const at = tail.lastIndexOf('startxref');
    if (at < 0) throw new Error('no startxref');
    let offset: number | null = Number(/startxref\s+(\d+)/.exec(tail.slice(at))?.[1]);
    const seen = new Set<number>();
    while (offset !== null && Number.isFinite(offset) && !seen.has(offset)) {
      seen.add(offset);
      offset = await this.readXref(offset, seen.size === 1);
    }
    if (this.trailer.has('Encrypt')) throw new Error('encrypted');
  }

  /** Reads one xref section into the table (newer entries win); returns the /Prev offset. */
  private async readXref(offset: number, newest: boolean): Promise<number | null> {
    const lx = new Lexer(this.bytes, offset);
    const first = lx.next();
    let trailer: Dict;
    if (first.t === 'kw' && first.v === 'xref') {
      for (;;) {
        const a = lx.next();
        if (a.t === 'kw' && a.v === 'trailer') break;
        const b = lx.next();
        if (a.t !== 'num' || b.t !== 'num') throw new Error('bad xref');
        if (b.v < 0 || b.v * 18 > this.bytes.length) throw new Error('bad xref');
        for (let k = 0; k < b.v; k++) {
          const off = lx.next();
          lx.next();
          const kind = lx.next();
          if (kind.t === 'eof') throw new Error('bad xref');
          const num = a.v + k;
          if (off.t === 'num' && kind.t === 'kw' && kind.v === 'n' && !this.entries.has(num)) this.entries.set(num, { offset: off.v });
        }
      }
      const t = parseValue(lx);
      if (!isDict(t)) throw new Error('bad trailer');
      trailer = t;
      const hybrid = trailer.get('XRefStm');
      if (typeof hybrid === 'number') await this.readXref(hybrid, false);
    } else {
      lx.pos = offset;
      const s = this.parseIndirect(lx);
      if (!isStream(s) || nameOf(s.dict.get('Type') ?? null) !== 'XRef') throw new Error('bad xref stream');
      trailer = s.dict;
      this.readXrefStream(s, await this.decode(s));
    }
    if (newest) this.trailer = trailer;
    const prev = trailer.get('Prev');
    return typeof prev === 'number' ? prev : null;
  }

  private readXrefStream(s: Stream, data: Uint8Array): void {
    const w = s.dict.get('W');
    if (!Array.isArray(w) || w.length < 3) throw new Error('bad /W');
    const [w0, w1, w2] = w.map((x) => (typeof x === 'number' ? x : 0)) as [number, number, number];
    // Field widths of 0–8 bytes, and a non-empty row: /W [0 0 0] would never advance.
    if (![w0, w1, w2].every((x) => Number.isInteger(x) && x >= 0 && x <= 8) || w1 === 0) throw new Error('bad /W');
    const size = s.dict.get('Size');
    const index = (s.dict.get('Index') as number[] | undefined) ?? [0, typeof size === 'number' ? size : 0];
    const field = (pos: number, width: number) => {
      let v = 0;
      for (let i = 0; i < width; i++) v = v * 256 + data[pos + i]!;
      return v;
    };
    let pos = 0;
    for (let k = 0; k + 1 < index.length; k += 2) {
      for (let n = 0; n < index[k + 1]!; n++) {
        if (pos + w0 + w1 + w2 > data.length) return;
        const type = w0 ? field(pos, w0) : 1;
        const a = field(pos + w0, w1);
        const b = field(pos + w0 + w1, w2);
        pos += w0 + w1 + w2;
        const num = index[k]! + n;
        if (this.entries.has(num)) continue;
        if (type === 1) this.entries.set(num, { offset: a });
        else if (type === 2) this.entries.set(num, { stream: a, index: b });
      }
    }
  }

  /** "n g obj value [stream … endstream]" at the lexer's position; `num` checks the number. */
  private parseIndirect(lx: Lexer, num?: number): Value {
    const n = lx.next();
    lx.next();
    const kw = lx.next();
    if (n.t !== 'num' || kw.t !== 'kw' || kw.v !== 'obj') throw new Error('not an object');
    if (num !== undefined && n.v !== num) throw new Error('xref points at another object');
    const value = parseValue(lx);
    if (!isDict(value)) return value;
    const save = lx.pos;
    const after = lx.next();
    if (after.t !== 'kw' || after.v !== 'stream') {
      lx.pos = save;
      return value;
    }
    let start = lx.pos;
    if (this.bytes[start] === 13) start++;
    if (this.bytes[start] === 10) start++;
    let length = this.lengthOf(value.get('Length') ?? null);
    if (typeof length !== 'number' || !this.endsStream(start + length)) {
      const end = indexOf(this.bytes, 'endstream', start);
      if (end < 0) throw new Error('no endstream');
      length = end - start;
    }
    return { dict: value, start, length };
  }

  private endsStream(at: number): boolean {
    let p = at;
    while (p < this.bytes.length && (this.bytes[p] === 10 || this.bytes[p] === 13 || this.bytes[p] === 32)) p++;
    return latin1(this.bytes, p, Math.min(p + 9, this.bytes.length)) === 'endstream';
  }

  async object(num: number): Promise<Value> {
    if (this.cache.has(num)) return this.cache.get(num)!;
    const e = this.entries.get(num);
    let v: Value = null;
    if (e && 'offset' in e) v = this.parseIndirect(new Lexer(this.bytes, e.offset), num);
    else if (e) v = await this.fromObjectStream(e.stream, e.index, num);
    this.cache.set(num, v);
    return v;
  }

  private async fromObjectStream(streamNum: number, index: number, num: number): Promise<Value> {
    let os = this.objectStreams.get(streamNum);
    if (!os) {
      const s = await this.object(streamNum);
      if (!isStream(s)) throw new Error('bad object stream');
      const data = await this.decode(s);
      const n = s.dict.get('N');
      const first = s.dict.get('First');
      if (typeof n !== 'number' || typeof first !== 'number' || first > data.length) throw new Error('bad object stream');
      const lx = new Lexer(data, 0, first);
      const nums: number[] = [];
      const offsets: number[] = [];
      for (let k = 0; k < n; k++) {
        const a = lx.next();
        const b = lx.next();
        if (a.t !== 'num' || b.t !== 'num') break;
        nums.push(a.v);
        offsets.push(b.v);
      }
      this.objectStreams.set(streamNum, (os = { data, first, nums, offsets }));
    }
    const off = os.offsets[index];
    if (os.nums[index] !== num || off === undefined) throw new Error('object not in stream');
    return parseValue(new Lexer(os.data, os.first + off));
  }

  /** A stream's /Length, read synchronously when it is an indirect number stored plainly. */
  private lengthOf(v: Value): Value {
    if (!(v instanceof Ref)) return v;
    if (this.cache.has(v.num)) return this.cache.get(v.num)!;
    const e = this.entries.get(v.num);
    if (!e || !('offset' in e)) return null;
    const value = this.parseIndirect(new Lexer(this.bytes, e.offset), v.num);
    this.cache.set(v.num, value);
    return value;
  }

  async get(v: Value): Promise<Value> {
    let cur = v;
    for (let depth = 0; cur instanceof Ref && depth < 16; depth++) cur = await this.object(cur.num);
    return cur;
  }

  async decode(s: Stream): Promise<Uint8Array> {
    let data = this.bytes.subarray(s.start, s.start + s.length);
    const filters = await this.filtersOf(s);
    const parms = await this.get(s.dict.get('DecodeParms') ?? null);
    for (let k = 0; k < filters.length; k++) {
      if (filters[k] !== 'FlateDecode') throw new Error(`unsupported filter ${filters[k]}`);
      const left = MAX_DOCUMENT_INFLATE - this.inflated;
      if (left <= 0) throw new BudgetExceeded(`压缩数据解压后共超过 ${MAX_DOCUMENT_INFLATE / 1024 / 1024} MB`);
      data = await this.inflate(data, Math.min(MAX_STREAM_BYTES, left));
      this.inflated += data.length;
      const p = Array.isArray(parms) ? await this.get(parms[k] ?? null) : parms;
      if (isDict(p)) {
        const num = (key: string, dflt: number) => {
          const x = p.get(key);
          return typeof x === 'number' ? x : dflt;
        };
        data = unpredict(data, num('Predictor', 1), num('Columns', 1), num('Colors', 1), num('BitsPerComponent', 8));
      }
    }
    return data;
  }

  /**
   * Makes sure every compressed stream that pdf.js would decode to read text (content, forms,
   * fonts, CMaps; not images, which are never read) stays within the limits, and throws
   * BudgetExceeded when one of them, or all together, decompress past them: pdf.js has no such
   * limit of its own. One Flate layer cannot output more than MAX_FLATE_RATIO bytes per input
   * byte, so a stream is only inflated while the bound of those left unchecked could pass the
   * limits: the largest first, and none at all in a file of a few hundred KB.
   */
  async checkStreams(): Promise<void> {
    const flate: Stream[] = [];
    for (const [num, e] of this.entries) {
      if (!('offset' in e)) continue;
      let s: Value;
      try {
        s = await this.object(num);
      } catch {
        continue; // pdf.js copes with a damaged object, or does without it
      }
      if (!isStream(s) || nameOf(s.dict.get('Subtype') ?? null) === 'Image') continue;
      if (await this.singleFlate(s)) flate.push(s);
      else await this.checked(s);
    }
    flate.sort((a, b) => b.length - a.length);
    let bound = flate.reduce((sum, s) => sum + s.length * MAX_FLATE_RATIO, 0);
    for (const s of flate) {
      if (s.length * MAX_FLATE_RATIO <= MAX_STREAM_BYTES && this.inflated + bound <= MAX_DOCUMENT_INFLATE) break;
      bound -= s.length * MAX_FLATE_RATIO;
      await this.checked(s);
    }
  }

  /** Whether the stream has exactly one filter, FlateDecode. */
  private async singleFlate(s: Stream): Promise<boolean> {
    const filters = await this.filtersOf(s).catch(() => []);
    return filters.length === 1 && filters[0] === 'FlateDecode';
  }

  /** The names of a stream's filters, in the order they apply. */
  private async filtersOf(s: Stream): Promise<(string | null)[]> {
    const filter = await this.get(s.dict.get('Filter') ?? null);
    return (Array.isArray(filter) ? filter : filter === null ? [] : [filter]).map(nameOf);
  }

  private async checked(s: Stream): Promise<void> {
    try {
      await this.decode(s);
    } catch (err) {
      if (err instanceof BudgetExceeded) throw err;
    }
  }

  /** Page dictionaries in page-tree order, with their (possibly inherited) resources. */
  async pages(): Promise<{ dict: Dict; resources: Value }[]> {
    if (this.pageList) return this.pageList;
    const root = await this.get(this.trailer.get('Root') ?? null);
    if (!isDict(root)) throw new Error('no catalog');
    const list: { dict: Dict; resources: Value }[] = [];
    const seen = new Set<Value>();
    const walk = async (node: Value, resources: Value, depth: number) => {
      const dict = await this.get(node);
      if (!isDict(dict) || seen.has(dict) || depth > 64) return;
      seen.add(dict);
      const own = dict.get('Resources');
      const res = own === undefined ? resources : own;
      const kids = await this.get(dict.get('Kids') ?? null);
      if (Array.isArray(kids)) for (const k of kids) await walk(k, res, depth + 1);
      else list.push({ dict, resources: res });
    };
    await walk(root.get('Pages') ?? null, null, 0);
    this.pageList = list;
    return list;
  }
}

/**
 * A direct value at the lexer's position; "n g R" read as a reference. Strings are read as ''
 * unless `strings` is set (then as their bytes).
 */
export function parseValue(lx: Lexer, strings = false): Value {
  const tok = lx.next();
  switch (tok.t) {
    case 'num': {
      const save = lx.pos;
      const b = lx.next();
      if (b.t === 'num') {
        const r = lx.next();
        if (r.t === 'kw' && r.v === 'R') return new Ref(tok.v, b.v);
      }
      lx.pos = save;
      return tok.v;
    }
    case 'name':
      return new Name(tok.v);
    case 'str':
      return strings ? lx.stringBytes(tok) : '';
    case '[': {
      const arr: Value[] = [];
      for (;;) {
        const save = lx.pos;
        const t = lx.next();
        if (t.t === ']' || t.t === 'eof') return arr;
        lx.pos = save;
        arr.push(parseValue(lx, strings));
      }
    }
    case '<<': {
      const dict: Dict = new Map();
      for (;;) {
        const key = lx.next();
        if (key.t === '>>' || key.t === 'eof') return dict;
        if (key.t !== 'name') throw new Error('bad dictionary key');
        dict.set(key.v, parseValue(lx, strings));
      }
    }
    case 'kw':
      if (tok.v === 'true') return true;
      if (tok.v === 'false') return false;
      return null;
    default:
      throw new Error(`unexpected ${tok.t}`);
  }
}

function indexOf(bytes: Uint8Array, text: string, from: number): number {
  const first = text.charCodeAt(0);
  for (let i = bytes.indexOf(first, from); i >= 0; i = bytes.indexOf(first, i + 1)) {
    let k = 1;
    while (k < text.length && bytes[i + k] === text.charCodeAt(k)) k++;
    if (k === text.length) return i;
  }
  return -1;
}
