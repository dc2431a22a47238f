// The three standard tables as one .xlsx workbook, one sheet each in the official layout (merged
// header cells, labels in bold, values as numbers), written by write-excel-file.

import writeXlsxFile, { type Cell, type Sheet, type SheetData } from 'write-excel-file/universal';
import type { AuditResult } from '../audit/schema';
import { TABLE_IDS, TABLE_NUMBER, TABLE_TITLES, type TableId } from '../standard/tables';
import { tableLayout, type LayoutCell, type TableLayout } from './layout';

/** 表三 收到和处理政府信息公开申请情况: the official title (sheet names hold at most 31 characters). */
export const sheetName = (id: TableId): string => `表${'一二三四'[TABLE_NUMBER[id] - 1]} ${TABLE_TITLES[id]}`.slice(0, 31);

const BORDER = { borderStyle: 'thin', borderColor: '#000000' } as const;

function cellOf(c: LayoutCell): Cell {
  const span = { ...(c.rowSpan && c.rowSpan > 1 && { rowSpan: c.rowSpan }), ...(c.colSpan && c.colSpan > 1 && { columnSpan: c.colSpan }) };
  if (c.label) return { value: c.text, type: String, fontWeight: 'bold', align: 'center', alignVertical: 'center', wrap: true, ...BORDER, ...span };
  if (c.value === null || c.value === undefined) return { ...BORDER, ...span };
  return { value: c.value, type: Number, align: 'right', alignVertical: 'center', ...BORDER, ...span };
}

/** A table's sheet: its caption on the first row across the table, then the table. */
export function sheetData(layout: TableLayout): SheetData {
  const caption: Cell[] = [{ value: layout.caption, type: String, fontWeight: 'bold', columnSpan: layout.width }, ...Array<null>(layout.width - 1).fill(null)];
  return [caption, ...layout.rows.map((row) => row.map((c) => (c ? cellOf(c) : null)))];
}

const COLUMN_WIDTHS: Record<TableId, number[]> = {
  active: [26, 16, 16, 16],
  applications: [10, 14, 34, 8, 8, 8, 8, 8, 8, 8],
  reviews: Array(15).fill(9),
};

/**
 * One sheet per table. A table the report lacks gets its caption and `missing` (why) instead of an
 * empty form, which would read as a table of blanks.
 */
export function workbookSheets(audit: AuditResult, opts: { missing: string }): Sheet<Blob>[] {
  return TABLE_IDS.map((id) => {
    const layout = tableLayout(audit, id);
    const data = audit.tables[id].found ? sheetData(layout) : [[{ value: layout.caption, type: String, fontWeight: 'bold' } as Cell], [{ value: opts.missing, type: String } as Cell]];
    return { data, sheet: sheetName(id), columns: COLUMN_WIDTHS[id].map((width) => ({ width })) };
  });
}

export function toXlsx(audit: AuditResult, opts: { missing: string }): Promise<Blob> {
  return writeXlsxFile(workbookSheets(audit, opts), { fontFamily: 'SimSun', fontSize: 11 }).toBlob();
}
