// A report's figures without its document: what a cross-year check needs of last year's report
// (year, organ, format, every cell's value and status). Plain data, so it crosses worker threads,
// runtime messages and caches; a RecognizedReport is one too.

import type { CellStatus, RecognizedReport } from './report';
import type { SourceInfo } from './document';
import { CELL_KEYS, TABLE_IDS, type TableId } from '../standard/tables';

export interface FigureCell {
  value: number | null;
  status: CellStatus;
}

export interface ReportFigures {
  source: SourceInfo;
  title: string | null;
  year: number | null;
  organ: string | null;
  format: '2021' | '2019' | 'unknown';
  tables: Record<TableId, { found: boolean; cells: Record<string, FigureCell> }>;
}

/** The figures of a recognised report, without source elements, grids, labels or text. */
export function figuresOf(report: RecognizedReport): ReportFigures {
  const tables = {} as ReportFigures['tables'];
  for (const id of TABLE_IDS) {
    const t = report.tables[id];
    const cells: Record<string, FigureCell> = {};
    for (const key of CELL_KEYS[id]) {
      const c = t.cells[key];
      cells[key] = c ? { value: c.value, status: c.status } : { value: null, status: 'absent' };
    }
    tables[id] = { found: t.found, cells };
  }
  const { kind, name, url } = report.source;
  return {
    source: { kind, name, ...(url !== undefined && { url }) },
    title: report.title,
    year: report.year,
    organ: report.organ,
    format: report.format,
    tables,
  };
}
