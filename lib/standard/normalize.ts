import { TRAD_PAIRS } from './trad-map';

// Label normalisation (spec §8): two labels that differ only by width, spaces, quote style,
// list separator, Kangxi look-alikes or traditional script compare equal after this.

// Traditional → simplified, for every character the engine compares (generated: trad-map.ts).
const TRAD_MAP = new Map<string, string>();
for (let i = 0; i + 1 < TRAD_PAIRS.length; i += 2) TRAD_MAP.set(TRAD_PAIRS[i]!, TRAD_PAIRS[i + 1]!);

// CJK Radicals Supplement forms that pdf.js returns for whole simplified characters (⺠ for 民,
// ⻚ for 页). They have no NFKC mapping, so mapKangxi leaves them alone.
const SUPPLEMENT_FROM = '⺁⺇⺊⺌⺒⺓⺜⺝⺟⺠⺧⺩⺷⺻⺽⻁⻄⻅⻆⻉⻋⻑⻓⻔⻗⻘⻙⻚⻛⻜⻝⻢⻣⻤⻥⻦⻧⻨⻩⻬⻮⻰⻳';
const SUPPLEMENT_TO = '厂几卜小巳幺日月母民牛王羊聿臼虎西见角贝车長长门雨青韦页风飞食马骨鬼鱼鸟卤麦黄齐齿龙龟';
const SUPPLEMENT = new Map([...SUPPLEMENT_FROM].map((ch, i) => [ch, [...SUPPLEMENT_TO][i]!]));
const SUPPLEMENT_RE = new RegExp(`[${SUPPLEMENT_FROM}]`, 'g');

/** Kangxi radicals and CJK radical supplements that pdf.js sometimes returns for ordinary characters. */
export function mapKangxi(s: string): string {
  return s
    .replace(SUPPLEMENT_RE, (ch) => SUPPLEMENT.get(ch) ?? ch)
    .replace(/[\u2E80-\u2EFF\u2F00-\u2FDF]/g, (ch) => ch.normalize('NFKC'));
}

/** Spellings in use beside the standard's (其它 for 其他, 反覆/答覆 for 反复/答复): the same word, not a typo. */
const SPELLINGS: readonly [RegExp, string][] = [
  [/其它/g, '其他'],
  [/反覆/g, '反复'],
  [/答覆/g, '答复'],
];

export function toSimplified(s: string): string {
  let out = '';
  for (const ch of s) out += TRAD_MAP.get(ch) ?? ch;
  for (const [re, to] of SPELLINGS) out = out.replace(re, to);
  return out;
}

/**
 * Normalise a label for comparison: NFKC (full-width to half-width), Kangxi and traditional
 * forms to ordinary simplified characters, one quote form, no whitespace at all, and "1、"/"1．"
 * list separators to "1.". 、 between words is kept (it is part of the official wording) but
 * compared equal to "," and "，".
 */
export function normalizeLabel(s: string): string {
  let t = toSimplified(mapKangxi(s)).normalize('NFKC');
  t = t.replace(/[“”„‟「」『』″＂"'‘’]/g, '"');
  t = t.replace(/[\s\u00A0\u3000\u200B-\u200D\uFEFF]+/g, '');
  t = t.replace(/^(\d{1,2})[、.,]/, '$1.');
  t = t.replace(/[、,]/g, ',');
  t = t.replace(/[﹙]/g, '(').replace(/[﹚]/g, ')');
  return t;
}

/** A label without its leading numbering: 一、 / (一) / （一） / 1. / 1、 / 三、(一). */
export function stripNumbering(s: string): string {
  let t = normalizeLabel(s);
  for (;;) {
    const next = t
      .replace(/^[一二三四五六七八九十]+[,.]/, '')
      .replace(/^\([一二三四五六七八九十]+\)/, '')
      .replace(/^\d{1,2}\./, '');
    if (next === t) return t;
    t = next;
  }
}

/** Normalise free text for searching: like labels, but keeps single spaces between ASCII words. */
export function normalizeText(s: string): string {
  return toSimplified(mapKangxi(s))
    .normalize('NFKC')
    .replace(/[“”„‟「」『』]/g, '"')
    .replace(/[\u00A0\u3000\u200B-\u200D\uFEFF]/g, ' ');
}

/** Levenshtein distance, for telling a typo (本年度止件数) from a different label. */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  if (m === 0) return n;
  if (n === 0) return m;
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = [i];
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
    }
    prev = cur;
  }
  return prev[n]!;
}
