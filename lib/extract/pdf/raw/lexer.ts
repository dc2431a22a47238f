// PDF tokens from bytes (ISO 32000 §7.2–7.3): numbers, names, strings, delimiters, keywords.

export type Token =
  | { t: 'num'; v: number }
  | { t: 'name'; v: string }
  | { t: 'str'; start: number; end: number; hex: boolean }
  | { t: '[' | ']' | '<<' | '>>' | '{' | '}' | 'eof' }
  | { t: 'kw'; v: string };

const WHITE = new Uint8Array(256);
for (const c of [0, 9, 10, 12, 13, 32]) WHITE[c] = 1;
const DELIM = new Uint8Array(256);
for (const c of '()<>[]{}/%') DELIM[c.charCodeAt(0)] = 1;

const EOF: Token = { t: 'eof' };

// Keywords of one to three bytes (every content-stream operator, `R`, `obj`) come from this
// table: one string each, built from literals, so that `switch (tok.v)` compares them by
// identity instead of reading a new string of every operator character by character.
const SHORT_KEYWORDS = new Map<number, string>();
for (const k of [
  'b', 'B', 'b*', 'B*', 'BDC', 'BI', 'BMC', 'BT', 'BX', 'c', 'cm', 'CS', 'cs', 'd', 'd0', 'd1', 'Do', 'DP', 'EI', 'EMC',
  'ET', 'EX', 'f', 'F', 'f*', 'G', 'g', 'gs', 'h', 'i', 'ID', 'j', 'J', 'K', 'k', 'l', 'm', 'M', 'MP', 'n', 'q', 'Q', 're',
  'RG', 'rg', 'ri', 's', 'S', 'SC', 'sc', 'SCN', 'scn', 'sh', 'T*', 'Tc', 'Td', 'TD', 'Tf', 'Tj', 'TJ', 'TL', 'Tm', 'Tr',
  'Ts', 'Tw', 'Tz', 'v', 'w', 'W', 'W*', 'y', "'", '"', 'R', 'obj',
]) {
  SHORT_KEYWORDS.set(packShort(k), k);
}

/** One to three bytes as one number (a different number for every such byte string). */
function packShort(k: string): number {
  let v = 0;
  for (let i = 0; i < k.length; i++) v = v * 256 + k.charCodeAt(i);
  return v * 4 + k.length;
}

export class Lexer {
  pos: number;

  constructor(
    readonly bytes: Uint8Array,
    start = 0,
    readonly end = bytes.length,
  ) {
    this.pos = start;
  }

  skipWhite(): void {
    const b = this.bytes;
    while (this.pos < this.end) {
      const c = b[this.pos]!;
      if (WHITE[c]) this.pos++;
      else if (c === 0x25) {
        while (this.pos < this.end && b[this.pos] !== 10 && b[this.pos] !== 13) this.pos++;
      } else break;
    }
  }

  next(): Token {
    this.skipWhite();
    const b = this.bytes;
    if (this.pos >= this.end) return EOF;
    const c = b[this.pos]!;
    switch (c) {
      case 0x5b: // [
        this.pos++;
        return { t: '[' };
      case 0x5d:
        this.pos++;
        return { t: ']' };
      case 0x7b:
        this.pos++;
        return { t: '{' };
      case 0x7d:
        this.pos++;
        return { t: '}' };
      case 0x3c: // < or <<
        if (b[this.pos + 1] === 0x3c) {
          this.pos += 2;
          return { t: '<<' };
        }
        return this.hexString();
      case 0x3e:
        if (b[this.pos + 1] === 0x3e) {
          this.pos += 2;
          return { t: '>>' };
        }
        throw new Error('stray >');
      case 0x28:
        return this.literalString();
      case 0x2f:
        return { t: 'name', v: this.readName() };
    }
    if ((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e) return this.readNumber();
    const start = this.pos;
    while (this.pos < this.end && !WHITE[b[this.pos]!] && !DELIM[b[this.pos]!]) this.pos++;
    const length = this.pos - start;
    if (length === 0) throw new Error(`unexpected byte ${c}`);
    if (length <= 3) {
      let key = 0;
      for (let i = start; i < this.pos; i++) key = key * 256 + b[i]!;
      const known = SHORT_KEYWORDS.get(key * 4 + length);
      if (known !== undefined) return { t: 'kw', v: known };
    }
    return { t: 'kw', v: latin1(b, start, this.pos) };
  }

  private readNumber(): Token {
    const b = this.bytes;
    const start = this.pos;
    this.pos++;
    while (this.pos < this.end) {
      const c = b[this.pos]!;
      if ((c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x2d) this.pos++;
      else break;
    }
    const v = decimal(b, start, this.pos) ?? Number(latin1(b, start, this.pos));
    return { t: 'num', v: Number.isFinite(v) ? v : 0 };
  }

  private readName(): string {
    const b = this.bytes;
    this.pos++;
    const start = this.pos;
    while (this.pos < this.end && !WHITE[b[this.pos]!] && !DELIM[b[this.pos]!]) this.pos++;
    const raw = latin1(b, start, this.pos);
    return raw.includes('#') ? raw.replace(/#([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) : raw;
  }

  private literalString(): Token {
    const b = this.bytes;
    const start = ++this.pos;
    let depth = 1;
    while (this.pos < this.end) {
      const c = b[this.pos++]!;
      if (c === 0x5c) this.pos++;
      else if (c === 0x28) depth++;
      else if (c === 0x29 && --depth === 0) return { t: 'str', start, end: this.pos - 1, hex: false };
    }
    return { t: 'str', start, end: this.end, hex: false };
  }

  private hexString(): Token {
    const start = this.pos + 1;
    const close = this.bytes.indexOf(0x3e, start);
    const end = close < 0 || close >= this.end ? this.end : close;
    this.pos = Math.min(end + 1, this.end);
    return { t: 'str', start, end, hex: true };
  }

  /** The bytes of a string token, escapes and hex digits decoded. */
  stringBytes(tok: { start: number; end: number; hex: boolean }): Uint8Array {
    const b = this.bytes;
    const out: number[] = [];
    if (tok.hex) {
      let hi = -1;
      for (let i = tok.start; i < tok.end; i++) {
        const d = hexValue(b[i]!);
        if (d < 0) continue;
        if (hi < 0) hi = d;
        else {
          out.push(hi * 16 + d);
          hi = -1;
        }
      }
      if (hi >= 0) out.push(hi * 16);
      return Uint8Array.from(out);
    }
    for (let i = tok.start; i < tok.end; i++) {
      const c = b[i]!;
      if (c !== 0x5c) {
        out.push(c);
        continue;
      }
      const e = b[++i]!;
      const simple = ESCAPES[e];
      if (simple !== undefined) out.push(simple);
      else if (e >= 0x30 && e <= 0x37) {
        let v = e - 0x30;
        for (let k = 0; k < 2 && b[i + 1]! >= 0x30 && b[i + 1]! <= 0x37; k++) v = v * 8 + (b[++i]! - 0x30);
        out.push(v & 0xff);
      } else if (e === 13) {
        if (b[i + 1] === 10) i++;
      } else if (e !== 10) out.push(e);
    }
    return Uint8Array.from(out);
  }
}

const ESCAPES: Record<number, number> = { 0x6e: 10, 0x72: 13, 0x74: 9, 0x62: 8, 0x66: 12, 0x28: 0x28, 0x29: 0x29, 0x5c: 0x5c };

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

/**
 * The value of an ordinary decimal number ([+-]digits[.digits], at most 15 digits) as Number()
 * reads it, without making a string: the digits as an integer (exact below 2^53) divided by a
 * power of ten (exact up to 10^22) is one correctly rounded division, like Number()'s parse.
 * Anything else (no digit, two points, a sign inside) → undefined, for Number() to judge.
 */
function decimal(b: Uint8Array, start: number, end: number): number | undefined {
  let i = start;
  const sign = b[i];
  if (sign === 0x2d || sign === 0x2b) i++;
  let int = 0;
  let digits = 0;
  let scale = 1;
  let point = false;
  for (; i < end; i++) {
    const c = b[i]!;
    if (c >= 0x30 && c <= 0x39) {
      int = int * 10 + (c - 0x30);
      digits++;
      if (point) scale *= 10;
    } else if (c === 0x2e && !point) point = true;
    else return undefined;
  }
  if (digits === 0 || digits > 15) return undefined;
  const v = scale === 1 ? int : int / scale;
  return sign === 0x2d ? -v : v;
}

export function latin1(b: Uint8Array, start: number, end: number): string {
  let s = '';
  for (let i = start; i < end; i++) s += String.fromCharCode(b[i]!);
  return s;
}
