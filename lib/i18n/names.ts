// How tables, rows, columns, cells and sections are named in messages, in either language. The
// standard's labels are official wording and stay Chinese in English output; table and section
// numbers are translated.

import { SECTIONS } from '../standard/sections';
import {
  ACTIVE_BLOCKS,
  APPLICANT_COLUMNS,
  APPLICATION_ROWS,
  REVIEW_COLUMNS,
  REVIEW_GROUPS,
  TABLE_NUMBER,
  TABLE_TITLES,
  parseCellRef,
  type TableId,
} from '../standard/tables';
import type { Lang } from './format';

const CN_NUMERALS = ['', '一', '二', '三', '四', '五', '六'];

/** 表三 / Table 3 */
export function tableName(id: TableId, lang: Lang): string {
  return lang === 'zh' ? `表${CN_NUMERALS[TABLE_NUMBER[id]]}` : `Table ${TABLE_NUMBER[id]}`;
}

/** 表三“收到和处理政府信息公开申请情况” / Table 3 ("收到和处理政府信息公开申请情况") */
export function tableTitle(id: TableId, lang: Lang): string {
  return lang === 'zh' ? `${tableName(id, lang)}“${TABLE_TITLES[id]}”` : `${tableName(id, lang)} ("${TABLE_TITLES[id]}")`;
}

/**
 * A table's number and official title as a heading, e.g. of its copy menu:
 * 表三 收到和处理政府信息公开申请情况 / Table 3 ("收到和处理政府信息公开申请情况")
 */
export function tableHeading(id: TableId, lang: Lang): string {
  return lang === 'zh' ? `${tableName(id, lang)} ${TABLE_TITLES[id]}` : tableTitle(id, lang);
}

/** 第三部分 / section 3 */
export function sectionName(no: number, lang: Lang): string {
  return lang === 'zh' ? `第${CN_NUMERALS[no]}部分` : `section ${no}`;
}

/** The official title of a section without its ordinal: 收到和处理政府信息公开申请情况. */
export function sectionTitle(no: number): string {
  return (SECTIONS.find((s) => s.no === no)?.title ?? '').replace(/^[一二三四五六]、/, '');
}

/** A label without its parenthesised note: （二）部分公开（区分处理的…） → （二）部分公开. */
const withoutNote = (label: string): string => label.replace(/[（(][^（()）]*[）)]$/, '');

/**
 * The official label of a row. Full: the group and the leaf ("（三）不予公开1.属于国家秘密").
 * Short, for lists and the panel: the group's ordinal and the leaf, notes dropped ("（三）1.属于国家秘密").
 */
export function rowName(table: TableId, rowKey: string, short = false): string {
  if (table === 'active') return ACTIVE_BLOCKS.flatMap((b) => b.rows).find((r) => r.key === rowKey)?.label ?? rowKey;
  if (table === 'reviews') {
    const g = REVIEW_GROUPS.find((x) => x.key === rowKey);
    return g ? (g.key === 'review' ? g.label : `行政诉讼·${g.label}`) : rowKey;
  }
  const row = APPLICATION_ROWS.find((r) => r.key === rowKey);
  if (!row) return rowKey;
  if (!short) return row.group ? `${row.group}${row.label}` : row.label;
  const group = row.group?.match(/^（[一二三四五六七]）/)?.[0] ?? '';
  const leaf = withoutNote(row.label);
  return `${group}${leaf.length > 18 ? `${leaf.slice(0, 16)}…` : leaf}`;
}

export function columnName(table: TableId, colKey: string): string {
  const cols = table === 'active' ? ACTIVE_BLOCKS.flatMap((b) => b.columns) : table === 'applications' ? APPLICANT_COLUMNS : REVIEW_COLUMNS;
  return cols.find((c) => c.key === colKey)?.label ?? colKey;
}

/** Split "results.withheld.secret.natural" into its row and column keys. */
export function splitKey(key: string): { row: string; col: string } {
  const i = key.lastIndexOf('.');
  return { row: key.slice(0, i), col: key.slice(i + 1) };
}

/**
 * One way to name a cell everywhere: 表三“（二）部分公开”行“总计”列 / Table 3, row "（二）部分公开",
 * column "总计". The ref itself when it is not a cell of the standard.
 */
export function cellName(ref: string, lang: Lang, short = true): string {
  const at = parseCellRef(ref);
  if (!at) return ref;
  const { row, col } = splitKey(at.key);
  const r = rowName(at.table, row, short);
  const c = columnName(at.table, col);
  return lang === 'zh' ? `${tableName(at.table, lang)}“${r}”行“${c}”列` : `${tableName(at.table, lang)}, row "${r}", column "${c}"`;
}
