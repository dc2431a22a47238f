// The metadata header a site crawler writes above the page text:
//   标题: …  发布时间: 2022-02-08 16:34  文号:  发布机构:  栏目: …  原文链接: …
// Sometimes the fields share one line; they are split so each field is its own block.

const KEYS = ['标题', '发布时间', '发布日期', '成文日期', '文号', '发布机构', '来源', '栏目', '原文链接', '本地目录'];
const FIELD_START = new RegExp(`(?=(?:${KEYS.join('|')})\\s*[:：])`);
const FIELD = new RegExp(`^(${KEYS.join('|')})\\s*[:：]\\s*(.*)$`);
/** How far into the document a header may start. */
const HEADER_ZONE = 5;

export interface CrawlMeta {
  title: string | null;
  published: string | null;
}

/** A date as YYYY-MM-DD from "2022-02-08 16:34", "2022/2/8", "2022年2月8日". */
export function isoDate(s: string): string | null {
  const m = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/.exec(s);
  if (!m) return null;
  const [, y, mo, d] = m;
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** True when the line opens a crawler header (its first field is 标题). */
export function isHeaderStart(line: string, nonBlankIndex: number): boolean {
  return nonBlankIndex < HEADER_ZONE && /^标题\s*[:：]/.test(line.trim());
}

/** A header line split into its fields; null when the line is not a header field. */
export function splitHeaderLine(line: string): string[] | null {
  const t = line.trim();
  if (!FIELD.test(t)) return null;
  return t
    .split(FIELD_START)
    .map((f) => f.trim())
    .filter(Boolean);
}

export function readField(field: string, meta: CrawlMeta): void {
  const m = FIELD.exec(field);
  if (!m) return;
  const [, key, value] = m;
  const v = value!.trim();
  if (key === '标题' && v && meta.title === null) meta.title = v;
  if ((key === '发布时间' || key === '发布日期') && meta.published === null) meta.published = isoDate(v);
}
