// Each standard table in its official layout, as a matrix of strings: the labels of the 2021
// format whatever the page's own layout was, and the values read (blank where none).

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

const show = (v: number | null | undefined): string => (v === null || v === undefined ? '' : String(v));

function activeMatrix(cells: Cells): Matrix {
  const m: Matrix = [];
  for (const b of ACTIVE_BLOCKS) {
    m.push([`第二十条第（${b.item}）项`, '', '', '']);
    m.push(['信息内容', ...b.columns.map((c) => c.label), ...Array(3 - b.columns.length).fill('')]);
    for (const r of b.rows) {
      m.push([r.label, ...b.columns.map((c) => show(cells[`${r.key}.${c.key}`])), ...Array(3 - b.columns.length).fill('')]);
    }
  }
  return m;
}

/** Row labels in three columns: top item, group, leaf (as the official table prints them). */
function applicationLabels(key: string, label: string, group?: string): [string, string, string] {
  if (key === 'new' || key === 'carried_in' || key === 'carried_out') return [label, '', ''];
  if (!group) return ['三、本年度办理结果', label, ''];
  return ['三、本年度办理结果', group, label];
}

function applicationsMatrix(cells: Cells): Matrix {
  const m: Matrix = [
    [APPLICATION_CORNER_NOTE, '', '', '申请人情况', '', '', '', '', '', ''],
    ['', '', '', '自然人', '法人或其他组织', '', '', '', '', '总计'],
    ['', '', '', '', ...APPLICANT_COLUMNS.slice(1, 6).map((c) => c.label), ''],
  ];
  for (const r of APPLICATION_ROWS) {
    m.push([...applicationLabels(r.key, r.label, r.group), ...APPLICANT_COLUMNS.map((c) => show(cells[`${r.key}.${c.key}`]))]);
  }
  return m;
}

function reviewsMatrix(cells: Cells): Matrix {
  const cols = REVIEW_COLUMNS.map((c) => c.label);
  return [
    ['行政复议', '', '', '', '', '行政诉讼', '', '', '', '', '', '', '', '', ''],
    ['', '', '', '', '', REVIEW_GROUPS[1]!.label, '', '', '', '', REVIEW_GROUPS[2]!.label, '', '', '', ''],
    [...cols, ...cols, ...cols],
    REVIEW_GROUPS.flatMap((g) => REVIEW_COLUMNS.map((c) => show(cells[`${g.key}.${c.key}`]))),
  ];
}

export function tableMatrix(audit: AuditResult, id: TableId): Matrix {
  const cells = audit.tables[id].cells as Cells;
  if (id === 'active') return activeMatrix(cells);
  if (id === 'applications') return applicationsMatrix(cells);
  return reviewsMatrix(cells);
}

export const tableCaption = (id: TableId): string => `${'一二三四'[TABLE_NUMBER[id] - 1]}、${TABLE_TITLES[id]}`;
