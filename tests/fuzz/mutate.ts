// A seeded mutation fuzzer's case generator: corpus files (PDF, HTML, text) damaged in ways that
// reach the readers' edge cases — flipped bytes, cut and repeated ranges, truncation, splices
// from another file, and tokens of each format that once caused trouble (self-drawing forms,
// zero xref widths, huge lengths and spans, deep nesting). Case k of seed s is always the same
// bytes, so a failure is reproduced from its two numbers.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: small, fast, good enough to pick mutations. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const enc = (s: string) => new TextEncoder().encode(s);

const TOKENS: Record<'pdf' | 'html' | 'text', string[]> = {
  pdf: [
    ' obj ', ' endobj ', ' stream\n', '\nendstream ', ' /Length 999999999 ', ' /W [0 0 0] ', ' /Size 2147483647 ',
    ' /Filter /FlateDecode ', ' q /Fm0 Do Q ', ' /XObject << /Fm0 5 0 R >> ', ' << ', ' >> ', ' [ ', ' ] ', ' ( ', '\\',
    ' 9999999 0 R ', ' 0 0 m 100 0 l S ', ' 1e308 ', ' -0 ', ' /Prev 0 ', ' xref\n0 99999999\n', ' trailer ', ' BT /F1 12 Tf (x) Tj ET ',
    ' /Type /XRef ', ' /Encrypt 1 0 R ', ' /Kids [1 0 R] ', ' BI /W 1 /H 1 ID x EI ',
  ],
  html: [
    '<table>', '</table>', '<tr>', '<td rowspan="65534">', '<td colspan="1000">', '<th>', '<div>'.repeat(200), '</div>', '<!--',
    '<script>', '</script>', '<p hidden>', '<p style="display:none">', '&#0;', '&#x110000;', '<svg><title>', '<template>',
    '<meta charset="gbk">', '<h1>2023年政府信息公开工作年度报告</h1>', '<td>本年新收</td>', '<td>99999999999999999999</td>', '\u0000',
  ],
  text: ['\t', '|', ' | ', '\n', '本年新收', '（七）总计', '上年结转', '999999999999', '-', '\u0000', '\u202e', '\x1b[2J', '一、总体情况\n', '\t'.repeat(300)],
};

export interface Seed {
  name: string;
  kind: 'pdf' | 'html' | 'text';
  bytes: Uint8Array;
}

export function kindOf(name: string): Seed['kind'] {
  return name.endsWith('.pdf') ? 'pdf' : /\.html?$/.test(name) ? 'html' : 'text';
}

/** Every PDF, HTML and text file of the corpus folders (and any extra folders), sorted by name. */
export function loadSeeds(corpus: string, extra: string[] = []): Seed[] {
  const dirs = ['seeds', 'html', 'pdf', 'mutants', 'real'].map((d) => join(corpus, d)).concat(extra);
  const seeds: Seed[] = [];
  for (const dir of dirs) {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      if (!/\.(pdf|html?|txt|md)$/.test(name)) continue;
      seeds.push({ name: `${dir.split('/').pop()}/${name}`, kind: kindOf(name), bytes: new Uint8Array(readFileSync(join(dir, name))) });
    }
  }
  return seeds;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export interface Case {
  /** Which seed file, and what was done to it. */
  label: string;
  bytes: Uint8Array;
}

/** Case `index` of fuzzing run `seed`. */
export function makeCase(seeds: Seed[], seed: number, index: number): Case {
  const r = rng(seed * 1_000_003 + index);
  const int = (n: number) => Math.floor(r() * n);
  const base = seeds[int(seeds.length)]!;
  let b = base.bytes;
  const ops: string[] = [];
  const count = 1 + int(4);
  for (let k = 0; k < count && b.length > 0; k++) {
    const at = int(b.length);
    const len = 1 + int(Math.min(65536, b.length - at));
    switch (int(6)) {
      case 0: {
        const c = b.slice();
        const flips = 1 + int(20);
        for (let i = 0; i < flips; i++) c[int(c.length)] = int(256);
        b = c;
        ops.push(`flip${flips}`);
        break;
      }
      case 1:
        b = concat(b.subarray(0, at), b.subarray(at + len));
        ops.push(`cut${len}@${at}`);
        break;
      case 2: {
        const times = 1 + int(8);
        b = concat(b.subarray(0, at + len), ...Array.from({ length: times }, () => b.subarray(at, at + len)), b.subarray(at + len));
        ops.push(`dup${len}x${times}@${at}`);
        break;
      }
      case 3:
        b = b.subarray(0, at);
        ops.push(`trunc@${at}`);
        break;
      case 4: {
        const words = TOKENS[base.kind];
        const word = words[int(words.length)]!;
        b = concat(b.subarray(0, at), enc(word), b.subarray(at));
        ops.push(`tok${words.indexOf(word)}@${at}`);
        break;
      }
      default: {
        const other = seeds[int(seeds.length)]!.bytes;
        const from = int(other.length);
        b = concat(b.subarray(0, at), other.subarray(from, from + len), b.subarray(at));
        ops.push(`splice${len}@${at}`);
      }
    }
  }
  return { label: `${base.name} ${ops.join(' ')}`, bytes: b };
}
