// Label normalisation (spec §8): two labels that differ only by width, spaces, quote style,
// list separator, Kangxi look-alikes or traditional script compare equal after this.

// Traditional → simplified, for the characters that occur in the report's headings and labels.
const TRAD =
  '總总體体況况報报開开請请計计機机關关據据處处門门資资與与發发規规費费統统經经審审結结訴诉議议復复準准數数' +
  '訊讯範范圍围會会員员業业務务構构組组織织賬账辦办舉举檢检設设應应則则權权屬属類类內内護护險险穩稳執执' +
  '詢询條条項项決决強强許许罰罚額额單单位位況况問问題题進进遞递單单頁页網网絡络統统責责評评聯联點点傳传' +
  '處处現现實实際际維维補补續续遺遗齊齐嚴严認认識识驗验證证稱称與与爲为為为無无這这個个們们來来時时間间' +
  '區区縣县鄉乡鎮镇廳厅務务國国圍围級级歷历後后於于並并歲岁雜杂讀读屆届輕轻較较產产禮礼樣样當当變变對对' +
  '認认準准應应價价錢钱貨货總总獨独種种稅税積积極极環环轉转運运動动節节約约達达遠远適适選选連连違违還还';
const TRAD_MAP = new Map<string, string>();
for (let i = 0; i + 1 < TRAD.length; i += 2) TRAD_MAP.set(TRAD[i]!, TRAD[i + 1]!);

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

export function toSimplified(s: string): string {
  let out = '';
  for (const ch of s) out += TRAD_MAP.get(ch) ?? ch;
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
