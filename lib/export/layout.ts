// Each standard table in its official layout: the labels of the 2021 format whatever the page's own
// layout was, merged header cells with their spans, and the values read (blank where none). One
// layout serves every export: a matrix of strings (TSV, CSV, Markdown; a merged cell's text in its
// top-left position), an HTML table with rowspan/colspan (the rich clipboard) and a worksheet.

import type { AuditResult } from '../audit/schema';
import {
  ACTIVE_BLOCKS,
  APPLICANT_COLUMNS,
  APPLICATION_CORNER_NOTE,
  APPLICATION_ROWS,
  REVIEW_COLUMNS,
  REVIEW_GROUPS,
  TABLE_NUMBER,
  TABLE_TITLES,
  type TableId,
} from '../standard/tables';

export type Matrix = string[][];
type Cells = Record<string, number | null>;

export interface LayoutCell {
  text: string;
  rowSpan?: number;
  colSpan?: number;
  /** A label of the form (header or row label), not a value. */
  label?: boolean;
  /** A value cell: the number read, null when blank. */
  value?: number | null;
  /** A row group's label, repeated on each row it spans in plain text, so each row reads alone. */
  repeat?: boolean;
}

/** Rows of equal width; null where a merged cell above or to the left covers the position. */
export interface TableLayout {
  id: TableId;
  caption: string;
  width: number;
  rows: (LayoutCell | null)[][];
}

const show = (v: number | null | undefined): string => (v === null || v === undefined ? '' : String(v));
const label = (text: string, span: { rowSpan?: number; colSpan?: number; repeat?: boolean } = {}): LayoutCell => ({ text, label: true, ...span });
const value = (v: number | null | undefined, colSpan?: number): LayoutCell => ({ text: show(v), value: v ?? null, ...(colSpan && { colSpan }) });
/** The positions a cell spanning `n` columns covers to its right. */
const covered = (n: number): null[] => Array<null>(n).fill(null);

function activeLayout(cells: Cells): TableLayout['rows'] {
  const rows: TableLayout['rows'] = [];
  for (const b of ACTIVE_BLOCKS) {
    // A block of one column (（五）（六）（八）) spans the three value columns of block （一）.
    const span = 4 - b.columns.length;
    rows.push([label(`第二十条第（${b.item}）项`, { colSpan: 4 }), ...covered(3)]);
    rows.push([label('信息内容'), ...b.columns.flatMap((c) => (span > 1 ? [label(c.label, { colSpan: span }), ...covered(span - 1)] : [label(c.label)]))]);
    for (const r of b.rows) {
      rows.push([label(r.label), ...b.columns.flatMap((c) => (span > 1 ? [value(cells[`${r.key}.${c.key}`], span), ...covered(span - 1)] : [value(cells[`${r.key}.${c.key}`])]))]);
    }
  }
  return rows;
}

const RESULT_ROWS = APPLICATION_ROWS.filter((r) => r.key.startsWith('results.'));

function applicationsLayout(cells: Cells): TableLayout['rows'] {
  const values = (key: string) => APPLICANT_COLUMNS.map((c) => value(cells[`${key}.${c.key}`]));
  const rows: TableLayout['rows'] = [
    [label(APPLICATION_CORNER_NOTE, { rowSpan: 3, colSpan: 3 }), null, null, label('申请人情况', { colSpan: 7 }), ...covered(6)],
    [null, null, null, label('自然人', { rowSpan: 2 }), label('法人或其他组织', { colSpan: 5 }), ...covered(4), label('总计', { rowSpan: 2 })],
    [null, null, null, null, ...APPLICANT_COLUMNS.slice(1, 6).map((c) => label(c.label)), null],
  ];
  const groupSize = (group: string) => RESULT_ROWS.filter((r) => r.group === group).length;
  for (const r of APPLICATION_ROWS) {
    const first = r === RESULT_ROWS[0];
    const head = first ? label('三、本年度办理结果', { rowSpan: RESULT_ROWS.length, repeat: true }) : null;
    if (!r.key.startsWith('results.')) rows.push([label(r.label, { colSpan: 3 }), null, null, ...values(r.key)]);
    else if (!r.group) rows.push([head, label(r.label, { colSpan: 2 }), null, ...values(r.key)]);
    else {
      const firstOfGroup = RESULT_ROWS.find((x) => x.group === r.group) === r;
      rows.push([head, firstOfGroup ? label(r.group, { rowSpan: groupSize(r.group), repeat: true }) : null, label(r.label), ...values(r.key)]);
    }
  }
  return rows;
}

function reviewsLayout(cells: Cells): TableLayout['rows'] {
  const cols = REVIEW_COLUMNS.map((c) => label(c.label));
  return [
    [label('行政复议', { rowSpan: 2, colSpan: 5 }), ...covered(4), label('行政诉讼', { colSpan: 10 }), ...covered(9)],
    [...covered(5), label(REVIEW_GROUPS[1]!.label, { colSpan: 5 }), ...covered(4), label(REVIEW_GROUPS[2]!.label, { colSpan: 5 }), ...covered(4)],
    [...cols, ...cols, ...cols],
    REVIEW_GROUPS.flatMap((g) => REVIEW_COLUMNS.map((c) => value(cells[`${g.key}.${c.key}`]))),
  ];
}

export const tableCaption = (id: TableId): string => `${'一二三四'[TABLE_NUMBER[id] - 1]}、${TABLE_TITLES[id]}`;

export function tableLayout(audit: AuditResult, id: TableId): TableLayout {
  const cells = audit.tables[id].cells as Cells;
  const rows = id === 'active' ? activeLayout(cells) : id === 'applications' ? applicationsLayout(cells) : reviewsLayout(cells);
  return { id, caption: tableCaption(id), width: rows[0]!.length, rows };
}

/**
 * The layout as strings: a merged cell's text in its top-left position and blanks where it spans,
 * except row groups' labels, which are repeated down the rows they span.
 */
export function layoutMatrix(layout: TableLayout): Matrix {
  const down = new Map<number, { text: string; last: number }>();
  return layout.rows.map((row, r) =>
    row.map((c, col) => {
      if (c) {
        if (c.repeat && c.rowSpan) down.set(col, { text: c.text, last: r + c.rowSpan - 1 });
        return c.text;
      }
      const above = down.get(col);
      return above && r <= above.last ? above.text : '';
    }),
  );
}

export function tableMatrix(audit: AuditResult, id: TableId): Matrix {
  return layoutMatrix(tableLayout(audit, id));
}
