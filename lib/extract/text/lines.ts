// Line classification for report text. Each line gets a kind from its own shape (and, for a
// bare crawl value, the line after it); regions of table lines are grouped by family later.

export type LineKind =
  | 'blank'
  /** A page number printed between pages ("— 3 —", "-3-", "第 3 页"): dropped like a blank line. */
  | 'footer'
  /** Tab-separated row (PDF text). */
  | 'tab'
  /** Markdown pipe-table row "| a | b |". */
  | 'md'
  /** Markdown separator row "|---|:--|". */
  | 'md-sep'
  /** Crawl text: one cell printed as "content |". */
  | 'crawl-cell'
  /** Crawl text: a line of bare pipes (cell terminator, empty cell or span padding). */
  | 'crawl-pipes'
  /** Crawl text: a value printed alone, its "|" on the next line. */
  | 'crawl-bare'
  | 'text';

export type Family = 'tab' | 'md' | 'crawl';

const FOOTER = [
  /^[-—–－_~～]{1,3}\s*\d{1,3}\s*[-—–－_~～]{1,3}$/,
  /^第\s*\d{1,3}\s*页(\s*[,，/／]?\s*共\s*\d{1,3}\s*页)?$/,
];
const PIPES = /^\|+$/;
const MD_SEP = /^\|(\s*:?-+:?\s*\|)+$/;

function ownKind(line: string): LineKind {
  const t = line.trim();
  if (t === '') return 'blank';
  if (!t.includes('\t') && FOOTER.some((re) => re.test(t))) return 'footer';
  if (PIPES.test(t)) return 'crawl-pipes';
  if (MD_SEP.test(t)) return 'md-sep';
  if (t.length > 1 && t.startsWith('|') && t.endsWith('|')) return 'md';
  if (line.includes('\t')) return 'tab';
  if (t.endsWith('|')) return 'crawl-cell';
  return 'text';
}

export function classifyLines(lines: readonly string[]): LineKind[] {
  const kinds = lines.map(ownKind);
  for (let i = 0; i + 1 < kinds.length; i++) {
    if (kinds[i] === 'text' && kinds[i + 1] === 'crawl-pipes') kinds[i] = 'crawl-bare';
  }
  return kinds;
}

export function familyOf(kind: LineKind): Family | null {
  switch (kind) {
    case 'tab':
      return 'tab';
    case 'md':
    case 'md-sep':
      return 'md';
    case 'crawl-cell':
    case 'crawl-pipes':
    case 'crawl-bare':
      return 'crawl';
    default:
      return null;
  }
}

export const isSkippable = (kind: LineKind): boolean => kind === 'blank' || kind === 'footer';

/**
 * Numbers, placeholders, zero written 〇 and digit-like typos ("1O", "l7"): what sits in value cells. Used to
 * find row boundaries in crawl text, never to judge a value.
 */
export function isValueLike(text: string): boolean {
  const t = text.trim();
  if (t === '') return false;
  if (/^[-—–－/／无〇零○]{1,2}$/.test(t)) return true;
  return /\d/.test(t) && /^[-+]?[\dOoIl０-９.,，．]+%?$/.test(t);
}
