// The confidence gate in front of every rule whose evidence is cell values: an error or a warning
// may only name cells of a table we read with confidence. When a large share of a table's cells could not be read
// (rows that would not align, a mangled source), the cells we did read may be misplaced too, so
// every finding about that table becomes a question (info), worded as such.

import type { ReportFigures } from '../model/figures';
import type { RecognizedReport } from '../model/report';
import { TABLE_IDS, type TableId } from '../standard/tables';

/** A table with at least this share of its printed cells uncertain is not read reliably. */
const UNSURE_SHARE = 0.2;

export function doubtfulTables(report: Pick<RecognizedReport, 'tables'> | ReportFigures): Set<TableId> {
  const out = new Set<TableId>();
  for (const id of TABLE_IDS) {
    const t = report.tables[id];
    if (!t.found) continue;
    const cells = Object.values(t.cells).filter((c) => c.status !== 'absent');
    const unsure = cells.filter((c) => c.status === 'uncertain').length;
    if (cells.length > 0 && unsure / cells.length >= UNSURE_SHARE) out.add(id);
  }
  return out;
}

/** The tables whose cells a finding names. */
export function tablesOf(cells: readonly string[]): TableId[] {
  const ids = new Set<TableId>();
  for (const ref of cells) {
    const id = ref.slice(0, ref.indexOf(':')) as TableId;
    if (TABLE_IDS.includes(id)) ids.add(id);
  }
  return [...ids];
}
