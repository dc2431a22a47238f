// Which standard table a grid row belongs to, by its labels. Rows without a telling label
// inherit the class of the row before them, so data rows and continuation pages follow their
// headers; a section heading between blocks breaks the inheritance.

import { normalizeLabel, stripNumbering } from '../standard/normalize';
import {
  APPLICANT_COLUMNS,
  APPLICATION_GROUPS,
  APPLICATION_HEADER_LABELS,
  APPLICATION_ROWS,
  ACTIVE_BLOCKS,
  REVIEW_COLUMNS,
  REVIEW_GROUPS,
  REVIEW_HEADER_LABELS,
  type TableId,
} from '../standard/tables';
import { rowLabels, type RowView } from './rows';

export const ACTIVE_2019_LABELS = ['本年新制作数量', '本年新公开数量', '对外公开总数量', '上一年项目数量', '本年增/减', '处理决定数量', '采购项目数量', '采购总金额', '政府集中采购', '其他对外管理服务事项', '规范性文件'];
export const ACTIVE_CAPTION = /^第二十条第\(([一二三四五六七八九十])\)项/;

function signalSet(labels: string[]): Set<string> {
  return new Set(labels.map((l) => stripNumbering(l)));
}

const SIGNALS: Record<TableId, Set<string>> = {
  active: signalSet([
    '信息内容',
    ...ACTIVE_BLOCKS.flatMap((b) => [...b.rows, ...b.columns].map((d) => d.label)),
    ...ACTIVE_2019_LABELS,
  ]),
  applications: signalSet([
    ...APPLICATION_HEADER_LABELS,
    ...APPLICANT_COLUMNS.filter((c) => !['其他', '总计'].includes(c.label)).map((c) => c.label),
    ...APPLICATION_ROWS.filter((r) => r.core.length > 2).flatMap((r) => [r.label, r.core]),
    ...APPLICATION_GROUPS.map((g) => g.label),
  ]),
  reviews: signalSet([
    ...REVIEW_GROUPS.map((g) => g.label),
    ...REVIEW_HEADER_LABELS,
    ...REVIEW_COLUMNS.filter((c) => c.label !== '总计').map((c) => c.label),
  ]),
};

/** Signals long enough to match as a prefix ("部分公开（区分处理的…" wrapped differently). */
const LONG_SIGNALS: Record<TableId, string[]> = {
  active: [...SIGNALS.active].filter((x) => x.length >= 6),
  applications: [...SIGNALS.applications].filter((x) => x.length >= 6),
  reviews: [...SIGNALS.reviews].filter((x) => x.length >= 6),
};

/** Count of telling labels per table in one row. */
export function rowSignals(row: RowView): Record<TableId, number> {
  const score: Record<TableId, number> = { active: 0, applications: 0, reviews: 0 };
  for (const cell of rowLabels(row)) {
    const n = stripNumbering(cell.text);
    if (ACTIVE_CAPTION.test(normalizeLabel(cell.text))) score.active += 2;
    if (/勾稽关系/.test(n)) score.applications += 2;
    for (const id of Object.keys(SIGNALS) as TableId[]) {
      if (SIGNALS[id].has(n) || LONG_SIGNALS[id].some((s) => n.startsWith(s))) score[id]++;
    }
  }
  return score;
}

export function bestClass(score: Record<TableId, number>): TableId | null {
  let best: TableId | null = null;
  let top = 0;
  for (const id of Object.keys(score) as TableId[]) {
    if (score[id] > top) {
      top = score[id];
      best = id;
    } else if (score[id] === top && top > 0) best = null;
  }
  return best;
}
