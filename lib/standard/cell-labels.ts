// Cell refs ("applications:new.total") → the official row and column labels, for messages.

import {
  ACTIVE_BLOCKS,
  APPLICANT_COLUMNS,
  APPLICATION_ROWS,
  REVIEW_COLUMNS,
  REVIEW_GROUPS,
  REVIEW_HEADER_LABELS,
  TABLE_NUMBER,
  parseCellRef,
  type TableId,
} from './tables';

const NUMERALS = { 2: '二', 3: '三', 4: '四' } as const;

/** "表三" */
export const tableName = (id: TableId): string => `表${NUMERALS[TABLE_NUMBER[id]]}`;

function splitKey(key: string): [row: string, col: string] {
  const i = key.lastIndexOf('.');
  return [key.slice(0, i), key.slice(i + 1)];
}

function rowAndColumn(table: TableId, key: string): [string, string] | null {
  const [rowKey, colKey] = splitKey(key);
  if (table === 'active') {
    for (const b of ACTIVE_BLOCKS) {
      const row = b.rows.find((r) => r.key === rowKey);
      const col = b.columns.find((c) => c.key === colKey);
      if (row && col) return [row.label, col.label];
    }
    return null;
  }
  if (table === 'applications') {
    const row = APPLICATION_ROWS.find((r) => r.key === rowKey);
    const col = APPLICANT_COLUMNS.find((c) => c.key === colKey);
    return row && col ? [row.group ? `${row.group} ${row.label}` : row.label, col.label] : null;
  }
  const group = REVIEW_GROUPS.find((g) => g.key === rowKey);
  const col = REVIEW_COLUMNS.find((c) => c.key === colKey);
  if (!group || !col) return null;
  return [group.key === 'review' ? group.label : `${REVIEW_HEADER_LABELS[0]}·${group.label}`, col.label];
}

/** "表三 一、本年新收政府信息公开申请数量 × 总计"; the ref itself when it is not a known cell. */
export function cellLabel(ref: string): string {
  const parsed = parseCellRef(ref);
  if (!parsed) return ref;
  const rc = rowAndColumn(parsed.table, parsed.key);
  return rc ? `${tableName(parsed.table)} ${rc[0]} × ${rc[1]}` : ref;
}
