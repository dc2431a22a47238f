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
    if (this.pos === start) throw new Error(`unexpected byte ${c}`);
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
    const v = Number(latin1(b, start, this.pos));
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

export function latin1(b: Uint8Array, start: number, end: number): string {
  let s = '';
  for (let i = start; i < end; i++) s += String.fromCharCode(b[i]!);
  return s;
}
